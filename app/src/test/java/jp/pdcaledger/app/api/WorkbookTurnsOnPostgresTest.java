package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = {WorkbookTurnsContract.ONE_AT_A_TIME, WorkbookTurnsContract.NO_WAITING})
class WorkbookTurnsOnPostgresTest extends OnPostgres implements WorkbookTurnsContract {
}
