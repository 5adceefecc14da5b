package jp.pdcaledger.app.publication;

import jp.pdcaledger.app.support.OnPostgres;

class TransparencyLogOnPostgresTest extends OnPostgres implements TransparencyLogContract {
}
