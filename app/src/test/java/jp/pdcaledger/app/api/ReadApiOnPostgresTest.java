package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class ReadApiOnPostgresTest extends OnPostgres implements ReadApiContract {
}
