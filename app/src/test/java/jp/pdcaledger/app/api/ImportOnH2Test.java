package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;

class ImportOnH2Test extends OnH2 implements ImportContract {
}
