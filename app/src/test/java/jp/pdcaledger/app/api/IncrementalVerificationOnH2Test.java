package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "pdca.audit.verification.recheck=" + IncrementalVerificationContract.RECHECK)
class IncrementalVerificationOnH2Test extends OnH2 implements IncrementalVerificationContract {
}
