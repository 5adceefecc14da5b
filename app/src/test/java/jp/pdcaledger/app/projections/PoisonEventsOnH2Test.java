package jp.pdcaledger.app.projections;

import jp.pdcaledger.app.support.OnH2;
import org.springframework.test.context.TestPropertySource;

/** Its own app and database: the events it stores stay, and no other test should meet them. */
@TestPropertySource(properties = "pdca.test.context=poison-events")
class PoisonEventsOnH2Test extends OnH2 implements PoisonEventContract {
}
