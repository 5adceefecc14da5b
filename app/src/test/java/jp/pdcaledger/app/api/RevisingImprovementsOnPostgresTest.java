package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class RevisingImprovementsOnPostgresTest extends OnPostgres implements RevisingImprovementsContract {
}
