package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class EstimatedActualsOnPostgresTest extends OnPostgres implements EstimatedActualsContract {
}
