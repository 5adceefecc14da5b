package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnPostgres;

class DashboardPageOnPostgresTest extends OnPostgres implements DashboardPageContract {
}
