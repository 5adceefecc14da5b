package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie and HSTS (issue 20, item 6): the cookie is SameSite=Lax and HttpOnly always, Secure when the
 * request came over HTTPS, which behind a TLS proxy Tomcat learns from X-Forwarded-Proto of a proxy it trusts (the
 * tests' loopback address is one); an HTTPS answer carries Strict-Transport-Security, a plain HTTP one does not.
 */
public interface TransportSecurityContract extends ApiTest {

    private static String sessionCookie(Api.Response response) {
        return response.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream()).filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    default void over_https_behind_a_proxy_the_session_cookie_is_secure_and_lax_and_hsts_is_sent() {
        Api.Response login = api().anonymous().header("X-Forwarded-Proto", "https").get("/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(sessionCookie(login)).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
        assertThat(login.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        Api.Response health = api().anonymous().header("X-Forwarded-Proto", "https").get("/actuator/health");
        assertThat(health.header("Strict-Transport-Security")).isNotNull();
    }

    @Test
    default void over_plain_http_the_session_cookie_is_lax_but_not_secure_and_no_hsts_is_sent() {
        Api.Response login = api().anonymous().get("/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(sessionCookie(login)).contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
        assertThat(login.header("Strict-Transport-Security")).isNull();
    }
}
