package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

class AggregateCacheOnPostgresTest extends OnPostgres implements AggregateCacheContract {

    @Autowired
    @Qualifier("sheetCache")
    private Cache sheetCache;

    @Override
    public Cache sheetCache() {
        return sheetCache;
    }
}
