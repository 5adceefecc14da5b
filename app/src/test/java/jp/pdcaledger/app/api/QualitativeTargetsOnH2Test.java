package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;

class QualitativeTargetsOnH2Test extends OnH2 implements QualitativeTargetsContract {
}
