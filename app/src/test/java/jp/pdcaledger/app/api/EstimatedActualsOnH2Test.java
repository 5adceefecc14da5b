package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;

class EstimatedActualsOnH2Test extends OnH2 implements EstimatedActualsContract {
}
