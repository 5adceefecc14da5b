package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class CouncilOpinionAnswersOnPostgresTest extends OnPostgres implements CouncilOpinionAnswersContract {
}
