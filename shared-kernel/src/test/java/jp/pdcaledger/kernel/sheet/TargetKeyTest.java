package jp.pdcaledger.kernel.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.pdcaledger.kernel.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class TargetKeyTest {

    @ParameterizedTest(name = "\"{0}\" is a key")
    @ValueSource(strings = {"support-bases", "a", "target.1", "outcome_3", "A1-b.c_d"})
    void keys_of_letters_digits_dots_hyphens_and_underscores_are_accepted(String key) {
        assertThat(TargetKey.of(key).value()).isEqualTo(key);
    }

    @Test
    void a_key_of_64_characters_is_accepted_and_one_of_65_is_refused() {
        assertThat(TargetKey.of("k".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> TargetKey.of("k".repeat(65))).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"-starts-with-hyphen", ".hidden", "_under", "with space", "地域生活支援拠点", "a/b"})
    void a_malformed_key_is_refused_saying_what_a_key_may_hold(String key) {
        assertThatThrownBy(() -> TargetKey.of(key))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("英数字");
    }

    @Test
    void keys_are_case_sensitive_values() {
        assertThat(TargetKey.of("Key")).isNotEqualTo(TargetKey.of("key"));
    }

    @Test
    void a_key_is_a_json_string_both_ways() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(TargetKey.of("support-bases"))).isEqualTo("\"support-bases\"");
        assertThat(json.readValue("\"support-bases\"", TargetKey.class)).isEqualTo(TargetKey.of("support-bases"));
    }
}
