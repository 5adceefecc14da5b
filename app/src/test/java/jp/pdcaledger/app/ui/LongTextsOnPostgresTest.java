package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnPostgres;

class LongTextsOnPostgresTest extends OnPostgres implements LongTextsContract {
}
