package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class QualitativeTargetsOnPostgresTest extends OnPostgres implements QualitativeTargetsContract {
}
