package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class GeneratedClientOnPostgresTest extends OnPostgres implements GeneratedClientContract {
}
