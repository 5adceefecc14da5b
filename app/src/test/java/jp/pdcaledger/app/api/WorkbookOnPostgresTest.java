package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class WorkbookOnPostgresTest extends OnPostgres implements WorkbookContract {
}
