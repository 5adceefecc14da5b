package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = {
        "server.tomcat.threads.max=" + VersionWaitsContract.REQUEST_THREADS,
        "server.tomcat.threads.min-spare=1",
        "pdca.query.min-version-max-waiters=" + VersionWaitsContract.MAX_WAITERS,
        "pdca.query.min-version-check=" + VersionWaitsContract.FALLBACK_CHECK})
class VersionWaitsOnH2Test extends OnH2 implements VersionWaitsContract {
}
