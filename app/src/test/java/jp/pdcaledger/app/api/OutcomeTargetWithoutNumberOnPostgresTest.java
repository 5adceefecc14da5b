package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class OutcomeTargetWithoutNumberOnPostgresTest extends OnPostgres implements OutcomeTargetWithoutNumberContract {
}
