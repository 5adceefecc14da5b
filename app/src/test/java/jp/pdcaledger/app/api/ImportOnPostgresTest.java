package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class ImportOnPostgresTest extends OnPostgres implements ImportContract {
}
