package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "pdca.audit.verification.recheck=" + IncrementalVerificationContract.RECHECK)
class IncrementalVerificationOnPostgresTest extends OnPostgres implements IncrementalVerificationContract {
}
