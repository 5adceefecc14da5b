package jp.pdcaledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one deployable: assembles the command side and the query side over one event store. */
@SpringBootApplication(scanBasePackages = "jp.pdcaledger")
@ConfigurationPropertiesScan("jp.pdcaledger")
@EnableScheduling
public class PdcaLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PdcaLedgerApplication.class, args);
    }
}
