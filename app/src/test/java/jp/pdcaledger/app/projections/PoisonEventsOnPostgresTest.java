package jp.pdcaledger.app.projections;

import jp.pdcaledger.app.support.OnPostgres;
import org.springframework.test.context.TestPropertySource;

/** Its own app and database: the events it stores stay, and no other test should meet them. */
@TestPropertySource(properties = "pdca.test.context=poison-events")
class PoisonEventsOnPostgresTest extends OnPostgres implements PoisonEventContract {
}
