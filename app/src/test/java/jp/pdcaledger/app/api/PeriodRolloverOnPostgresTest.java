package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class PeriodRolloverOnPostgresTest extends OnPostgres implements PeriodRolloverContract {
}
