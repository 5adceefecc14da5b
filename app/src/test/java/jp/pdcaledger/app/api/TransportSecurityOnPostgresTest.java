package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class TransportSecurityOnPostgresTest extends OnPostgres implements TransportSecurityContract {
}
