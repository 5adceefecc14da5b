package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;

class DueOnH2Test extends OnH2 implements DueContract {
}
