package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

class AggregateCacheOnH2Test extends OnH2 implements AggregateCacheContract {

    @Autowired
    @Qualifier("sheetCache")
    private Cache sheetCache;

    @Override
    public Cache sheetCache() {
        return sheetCache;
    }
}
