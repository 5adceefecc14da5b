package jp.pdcaledger.app.demo;

import jp.pdcaledger.command.dispatch.CommandSender;
import jp.pdcaledger.command.importing.SheetImporter;
import jp.pdcaledger.command.sheet.SheetAlreadyRegisteredException;
import jp.pdcaledger.command.web.WriteResult;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Imports the seed sheet (Kitakyushu, 第5期, 成果目標(3)) on first start so that a newcomer sees a real sheet. It
 * goes in through the same import as any document, as the actor {@value #ACTOR}; the registry's
 * one-sheet-per-outcome-target rule is what makes it happen once. On by default on the embedded database only
 * (like the demo users); {@code pdca.demo-data.enabled} switches it either way.
 */
@Component
public class DemoDataLoader implements ApplicationRunner {

    static final String ACTOR = "demo-data";
    /** The seed's file: what its events say they were imported from. */
    static final String SEED = "kitakyushu-5th-outcome3.json";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ObjectProvider<SheetImporter> importer;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    private final boolean enabled;

    public DemoDataLoader(ObjectProvider<SheetImporter> importer, TransactionTemplate transactions, JsonMapper json,
                          @Value("${spring.datasource.url:}") String datasourceUrl,
                          @Value("${pdca.demo-data.enabled:#{null}}") Boolean explicitlyEnabled) {
        this.importer = importer;
        this.transactions = transactions;
        this.json = json;
        this.enabled = explicitlyEnabled != null ? explicitlyEnabled : datasourceUrl.startsWith("jdbc:h2:");
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || importer.getIfAvailable() == null) {
            log.info("Demo data: off{}", enabled ? " (this node has no command side)" : "");
            return;
        }
        PdcaSheetDocument seed;
        try (InputStream in = new ClassPathResource("demo/" + SEED).getInputStream()) {
            seed = json.readValue(in, PdcaSheetDocument.class);
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                ACTOR, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        MDC.put(CommandSender.REQUEST_ID_MDC_KEY, "demo-data-" + UUID.randomUUID());
        try {
            WriteResult result = transactions.execute(status -> importer.getObject().replay(seed, null, SEED));
            log.info("Demo data: imported the seed sheet as /api/sheets/{} (version {})", result.sheetId(), result.version());
        } catch (SheetAlreadyRegisteredException alreadyThere) {
            log.info("Demo data: the seed sheet is already here as /api/sheets/{}", alreadyThere.existingSheet());
        } finally {
            SecurityContextHolder.clearContext();
            MDC.remove(CommandSender.REQUEST_ID_MDC_KEY);
        }
    }
}
