package jp.pdcaledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import jp.pdcaledger.app.transparency.VerifyReceiptCommand;
import jp.pdcaledger.command.CommandSideConfiguration;
import jp.pdcaledger.query.QuerySideConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.List;

/**
 * The one deployable: assembles the command side and the query side over one event store. Both run by default;
 * {@code pdca.side.command.enabled=false} or {@code pdca.side.query.enabled=false} makes the same jar a query node or
 * a command node, so it scales out as N command nodes and M query nodes on one PostgreSQL. The same jar checks a
 * transparency-log receipt offline: {@code verify-receipt} ({@link VerifyReceiptCommand}).
 */
@SpringBootApplication
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class})
@EnableScheduling
public class PdcaLedgerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(VerifyReceiptCommand.NAME)) {
            // a reader's check of a receipt: offline, so nothing of the application starts
            System.exit(VerifyReceiptCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication.run(PdcaLedgerApplication.class, args);
    }
}
