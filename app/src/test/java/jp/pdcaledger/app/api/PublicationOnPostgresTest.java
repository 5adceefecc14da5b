package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;

class PublicationOnPostgresTest extends OnPostgres implements PublicationContract {
}
