package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class RealSheetsRoundTripOnPostgresTest extends OnPostgres implements RealSheetsRoundTripContract {
}
