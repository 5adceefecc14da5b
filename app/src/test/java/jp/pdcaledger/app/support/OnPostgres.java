package jp.pdcaledger.app.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The app on a fresh database of the machine's PostgreSQL, with the demo users and data switched on explicitly. */
public abstract class OnPostgres extends RunningApp {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        properties.add("spring.datasource.url", database::url);
        properties.add("spring.datasource.username", database::user);
        properties.add("spring.datasource.password", database::password);
        properties.add("pdca.demo-users.enabled", () -> "true");
        properties.add("pdca.demo-data.enabled", () -> "true");
    }
}
