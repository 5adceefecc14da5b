package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class RollupOnPostgresTest extends OnPostgres implements RollupContract {
}
