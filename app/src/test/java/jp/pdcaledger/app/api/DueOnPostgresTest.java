package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class DueOnPostgresTest extends OnPostgres implements DueContract {
}
