package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;
import org.springframework.test.context.TestPropertySource;

/** A database of its own: one test stores a second registration of the seed's outcome target, which the others must not see. */
@TestPropertySource(properties = "pdca.test.database=outcome-target-without-number")
class OutcomeTargetWithoutNumberOnPostgresTest extends OnPostgres implements OutcomeTargetWithoutNumberContract {
}
