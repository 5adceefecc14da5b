package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class RefusalOnPostgresTest extends OnPostgres implements RefusalContract, NumberLimitsContract {
}
