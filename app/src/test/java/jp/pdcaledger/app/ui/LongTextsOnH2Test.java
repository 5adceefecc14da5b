package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnH2;

class LongTextsOnH2Test extends OnH2 implements LongTextsContract {
}
