package jp.pdcaledger.app.demo;

import jp.pdcaledger.command.importing.SheetImporter;
import jp.pdcaledger.command.web.WriteEnvelope;
import jp.pdcaledger.command.writes.Actor;
import jp.pdcaledger.command.writes.Outcome;
import jp.pdcaledger.command.writes.Refusal;
import jp.pdcaledger.command.writes.SheetWrites;
import jp.pdcaledger.command.writes.WriteRequest;
import jp.pdcaledger.command.writes.Written;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
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

    private final ObjectProvider<SheetWrites> writes;
    private final ObjectProvider<SheetImporter> importer;
    private final JsonMapper json;

    private final boolean enabled;

    public DemoDataLoader(ObjectProvider<SheetWrites> writes, ObjectProvider<SheetImporter> importer, JsonMapper json,
                          @Value("${spring.datasource.url:}") String datasourceUrl,
                          @Value("${pdca.demo-data.enabled:#{null}}") Boolean explicitlyEnabled) {
        this.writes = writes;
        this.importer = importer;
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
        String requestId = "demo-data-" + UUID.randomUUID();
        MDC.put(WriteEnvelope.REQUEST_ID_MDC_KEY, requestId);
        try {
            Outcome<Written> outcome = writes.getObject().write(WriteRequest.unkeyed(
                    new Actor(ACTOR, Set.of("ROLE_ADMIN")), requestId, null), importer.getObject().importing(seed, SEED));
            if (outcome.refusal().orElse(null) instanceof Refusal.AlreadyRegistered already) {
                log.info("Demo data: the seed sheet is already here as /api/sheets/{}", already.existingSheet());
                return;
            }
            Written written = outcome.orElseThrow();
            log.info("Demo data: imported the seed sheet as /api/sheets/{} (version {})", written.sheetId(), written.version());
        } finally {
            MDC.remove(WriteEnvelope.REQUEST_ID_MDC_KEY);
        }
    }
}
