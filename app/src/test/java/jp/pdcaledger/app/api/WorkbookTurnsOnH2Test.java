package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = {WorkbookTurnsContract.ONE_AT_A_TIME, WorkbookTurnsContract.NO_WAITING})
class WorkbookTurnsOnH2Test extends OnH2 implements WorkbookTurnsContract {
}
