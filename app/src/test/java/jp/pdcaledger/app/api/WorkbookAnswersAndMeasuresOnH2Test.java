package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;

class WorkbookAnswersAndMeasuresOnH2Test extends OnH2 implements WorkbookAnswersAndMeasuresContract {
}
