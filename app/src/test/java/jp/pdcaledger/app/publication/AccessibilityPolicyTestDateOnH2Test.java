package jp.pdcaledger.app.publication;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility policy states the date its tests were last run as configured ({@code pdca.accessibility.tested-on}),
 * not one written into the page: whoever runs them again for a release sets their own.
 */
@TestPropertySource(properties = "pdca.accessibility.tested-on=2027-04-01")
class AccessibilityPolicyTestDateOnH2Test extends OnH2 {

    @Test
    void the_policy_states_the_configured_test_date_in_the_era_with_the_western_year() {
        Api.Response policy = api().anonymous().get("/public/accessibility");
        assertThat(policy.status()).as(policy.toString()).isEqualTo(200);
        assertThat(policy.body()).contains("datetime=\"2027-04-01\"").contains("令和9年4月1日（2027年4月1日）")
                .doesNotContain("2026-12-04");
    }
}
