package jp.pdcaledger.app.publication;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages answer one client at most the configured number of requests a minute, then 429 with Retry-After. */
@TestPropertySource(properties = "pdca.public.rate-limit.requests-per-minute=3")
class PublicRateLimitOnH2Test extends OnH2 {

    @Test
    void past_the_limit_a_client_gets_429_with_retry_after_and_the_signed_in_pages_are_not_limited() {
        for (int i = 0; i < 3; i++) {
            assertThat(api().anonymous().get("/public").status()).as("request " + (i + 1)).isEqualTo(200);
        }
        Api.Response limited = api().anonymous().get("/public/municipalities/401005");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.header("Cache-Control")).contains("no-store");
        assertThat(limited.body()).contains("アクセスが集中しています");

        assertThat(api().as("auditor").get("/api/sheets").status()).as("the API has no such limit").isEqualTo(200);
    }
}
