package jp.pdcaledger.kernel.sheet;

import jp.pdcaledger.kernel.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class SheetIdTest {

    private static final String UUID_TEXT = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_sheet_id_holds_the_canonical_text_of_its_uuid() {
        assertThat(SheetId.of(UUID_TEXT).value()).isEqualTo(UUID_TEXT);
        assertThat(SheetId.of(UUID_TEXT)).hasToString(UUID_TEXT);
    }

    @Test
    void an_upper_case_uuid_names_the_same_sheet_as_its_lower_case_form() {
        assertThat(SheetId.of(UUID_TEXT.toUpperCase())).isEqualTo(SheetId.of(UUID_TEXT));
    }

    @Test
    void generated_ids_are_distinct_uuids() {
        SheetId first = SheetId.generate();
        SheetId second = SheetId.generate();
        assertThat(first).isNotEqualTo(second);
        assertThat(SheetId.of(first.value())).isEqualTo(first);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"nope", "", "0f8fad5b-d9cb-469f-a165", "0f8fad5b-d9cb-469f-a165-70867728950e-ff",
            "1-1-1-1-1"})
    void text_that_is_not_a_canonical_uuid_is_refused(String text) {
        assertThatThrownBy(() -> SheetId.of(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(text);
    }

    @Test
    void a_sheet_id_is_written_as_a_json_string() {
        assertThat(json.writeValueAsString(SheetId.of(UUID_TEXT))).isEqualTo("\"" + UUID_TEXT + "\"");
    }

    @Test
    void a_sheet_id_is_read_from_a_json_string() {
        assertThat(json.readValue("\"" + UUID_TEXT + "\"", SheetId.class)).isEqualTo(SheetId.of(UUID_TEXT));
    }

    @Test
    void a_json_string_that_is_not_a_uuid_is_refused() {
        assertThatThrownBy(() -> json.readValue("\"nope\"", SheetId.class))
                .isInstanceOf(JacksonException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
