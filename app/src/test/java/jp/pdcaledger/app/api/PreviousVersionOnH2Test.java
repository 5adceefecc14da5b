package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;
import org.springframework.test.context.TestPropertySource;

/** A database of its own: the recorded store holds a second seed sheet, which the other tests must not see. */
@TestPropertySource(properties = "pdca.test.database=previous-version")
class PreviousVersionOnH2Test extends OnH2 implements PreviousVersionContract {
}
