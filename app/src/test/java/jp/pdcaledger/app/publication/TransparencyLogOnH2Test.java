package jp.pdcaledger.app.publication;

import jp.pdcaledger.app.support.OnH2;

class TransparencyLogOnH2Test extends OnH2 implements TransparencyLogContract {
}
