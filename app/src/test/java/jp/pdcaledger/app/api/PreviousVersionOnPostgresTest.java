package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class PreviousVersionOnPostgresTest extends OnPostgres implements PreviousVersionContract {
}
