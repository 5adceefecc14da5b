package jp.pdcaledger.app.support;

import jp.pdcaledger.app.PdcaLedgerApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.time.Clock;
import java.time.ZoneOffset;

/** The whole app on a random port, its clock fixed on {@link ApiTest#TODAY}. */
@SpringBootTest(classes = PdcaLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pdca.query.min-version-timeout=5s")
public abstract class RunningApp implements ApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    @TestBean(name = "clock")
    private Clock clock;

    static Clock clock() {
        return Clock.fixed(TODAY, ZoneOffset.UTC);
    }

    @Override
    public Api api() {
        return new Api(port);
    }

    @Override
    public EventStore events() {
        return new EventStore(jdbc);
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }
}
