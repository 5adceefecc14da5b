package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;

class RefusalOnH2Test extends OnH2 implements RefusalContract, NumberLimitsContract {
}
