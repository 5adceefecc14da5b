package jp.pdcaledger.app.publication;

import jp.pdcaledger.app.support.OnPostgres;

class PublicPagesOnPostgresTest extends OnPostgres implements PublicPagesContract {
}
