package jp.pdcaledger.app.publication;

import jp.pdcaledger.app.support.OnH2;

class PublicPagesOnH2Test extends OnH2 implements PublicPagesContract {
}
