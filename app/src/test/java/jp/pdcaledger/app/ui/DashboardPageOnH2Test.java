package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnH2;

class DashboardPageOnH2Test extends OnH2 implements DashboardPageContract {
}
