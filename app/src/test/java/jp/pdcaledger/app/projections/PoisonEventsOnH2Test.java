package jp.pdcaledger.app.projections;

import jp.pdcaledger.app.support.OnH2;
import org.springframework.test.context.TestPropertySource;

/**
 * Its own app and database: the events it stores stay, and no other test should meet them. Its projections read
 * every view from its table, as after a restart: one fault here is a stored view row deleted behind the
 * projection's back, which a view still in memory would not notice (BatchedViewsTest covers the memory itself).
 */
@TestPropertySource(properties = {"pdca.test.context=poison-events", "pdca.projections.remembered-views=0"})
class PoisonEventsOnH2Test extends OnH2 implements PoisonEventContract {
}
