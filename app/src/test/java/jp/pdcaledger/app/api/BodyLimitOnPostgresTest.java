package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class BodyLimitOnPostgresTest extends OnPostgres implements BodyLimitContract {
}
