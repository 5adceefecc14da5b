package jp.pdcaledger.app.faults;

import jp.pdcaledger.app.support.PostgresTestDatabase;

import java.util.List;

/** The hostile requests against the service on PostgreSQL, in a database of the test's own. */
class HostileRequestsOnPostgresIT extends HostileRequestsAt512MiB {

    private final PostgresTestDatabase database = PostgresTestDatabase.create();

    @Override
    protected String name() {
        return "hostile-requests-postgres";
    }

    @Override
    protected List<String> databaseOptions() {
        return List.of("--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password());
    }

    @Override
    protected void stopped() {
        database.drop();
    }
}
