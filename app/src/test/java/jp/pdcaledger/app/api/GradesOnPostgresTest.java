package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class GradesOnPostgresTest extends OnPostgres implements GradesContract {
}
