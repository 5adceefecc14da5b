package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored by an earlier version fold to the same answers: {@code recorded/events-of-0b3f15b.json} is the event
 * store of the version at commit 0b3f15b after its seed import and a sheet taken through every event type (texts
 * typed with CRLF, corrections, a revision, a reopening, 特になし), and {@code answers-of-0b3f15b.json} is what that
 * version answered for them. The rows go into this version's store as they were; the views it folds must say
 * everything the old ones said (a newer version may add a field, never change or drop one).
 */
public interface PreviousVersionContract extends ApiTest {

    JsonMapper JSON = JsonMapper.builder().build();

    @Test
    default void events_stored_by_the_previous_version_fold_to_the_views_it_answered() throws Exception {
        JsonNode events = recorded("events-of-0b3f15b.json");
        JsonNode answers = recorded("answers-of-0b3f15b.json");
        for (JsonNode row : events) {
            jdbc().sql("""
                            INSERT INTO domainevententry (aggregateIdentifier, sequenceNumber, type, eventIdentifier,
                                                          metaData, payload, payloadRevision, payloadType, timeStamp)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(row.get("aggregateIdentifier").asString(), row.get("sequenceNumber").asLong(),
                            row.get("type").asString(), row.get("eventIdentifier").asString(),
                            row.get("metaData").asString().getBytes(StandardCharsets.UTF_8),
                            row.get("payload").asString().getBytes(StandardCharsets.UTF_8),
                            row.get("payloadRevision").isNull() ? null : row.get("payloadRevision").asString(),
                            row.get("payloadType").asString(), row.get("timeStamp").asString())
                    .update();
        }

        for (Map.Entry<String, JsonNode> sheet : answers.properties()) {
            String id = sheet.getKey();
            long version = sheet.getValue().get("view").get("version").asLong();
            JsonNode view = Eventually.value("sheet " + id + " folded", () -> api().as("auditor")
                    .get("/api/sheets/" + id).json(), answer -> answer.has("version") && answer.get("version").asLong() == version);
            assertSays(view, sheet.getValue().get("view"), "view");
            assertSays(api().as("auditor").get("/api/sheets/" + id + "/export").json(), sheet.getValue().get("export"),
                    "export");
            if (sheet.getValue().has("asOfInstant")) {
                String at = URLEncoder.encode(sheet.getValue().get("asOfInstant").asString(), StandardCharsets.UTF_8);
                assertSays(api().as("auditor").get("/api/sheets/" + id + "?asOf=" + at).json(),
                        sheet.getValue().get("asOfView"), "as-of view");
            }
        }
        assertThat(api().as("auditor").get("/api/audit/verify").json().get("status").asString()).isEqualTo("OK");
    }

    private static JsonNode recorded(String name) throws Exception {
        try (InputStream in = PreviousVersionContract.class.getResourceAsStream("/recorded/" + name)) {
            return JSON.readTree(in);
        }
    }

    /** Every field the old answer had is in the new one with the same value; arrays hold the same items in order. */
    private static void assertSays(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object in " + actual).isTrue();
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.properties().iterator(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertThat(actual.has(field.getKey())).as(path + "." + field.getKey() + " is still answered").isTrue();
                assertSays(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path + " is an array").isTrue();
            assertThat(actual.size()).as(path + " has as many items").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSays(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
