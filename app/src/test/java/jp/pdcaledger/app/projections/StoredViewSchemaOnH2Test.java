package jp.pdcaledger.app.projections;

import jp.pdcaledger.app.support.OnH2;
import org.springframework.test.context.TestPropertySource;

/** Its own app and database: the rows it rewrites in another shape stay so, and no replay test should meet them. */
@TestPropertySource(properties = "pdca.test.context=stored-view-schema")
class StoredViewSchemaOnH2Test extends OnH2 implements StoredViewSchemaContract {
}
