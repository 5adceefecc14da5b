package jp.pdcaledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import jp.pdcaledger.command.CommandSideConfiguration;
import jp.pdcaledger.query.QuerySideConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one deployable: assembles the command side and the query side over one event store. Both run by default;
 * {@code pdca.side.command.enabled=false} or {@code pdca.side.query.enabled=false} makes the same jar a query node or
 * a command node, so it scales out as N command nodes and M query nodes on one PostgreSQL.
 */
@SpringBootApplication
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class})
@EnableScheduling
public class PdcaLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PdcaLedgerApplication.class, args);
    }
}
