package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class CommandApiOnPostgresTest extends OnPostgres implements CommandApiContract {
}
