package jp.pdcaledger.app.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

/** The app on the embedded default (H2 in PostgreSQL mode), in memory so that no run sees another's data. */
public abstract class OnH2 extends RunningApp {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry properties) {
        String name = "pdca-" + UUID.randomUUID();
        properties.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
