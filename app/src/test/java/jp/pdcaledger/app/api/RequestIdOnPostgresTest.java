package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class RequestIdOnPostgresTest extends OnPostgres implements RequestIdContract {
}
