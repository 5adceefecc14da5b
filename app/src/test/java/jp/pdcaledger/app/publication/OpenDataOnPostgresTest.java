package jp.pdcaledger.app.publication;

import jp.pdcaledger.app.support.OnPostgres;
import org.springframework.test.context.TestPropertySource;

/** A database of its own: it closes and publishes the seed's years, which the other tests keep open. */
@TestPropertySource(properties = "pdca.test.database=open-data")
class OpenDataOnPostgresTest extends OnPostgres implements OpenDataContract {
}
