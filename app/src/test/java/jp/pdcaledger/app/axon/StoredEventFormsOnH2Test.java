package jp.pdcaledger.app.axon;

import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.kernel.event.SheetEvent;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upcaster decision for every event type, held by the forms the previous version stored
 * ({@code recorded/events-of-0b3f15b.json}, one or more of every type it had) and the first form of each type
 * shipped since ({@code recorded/event-forms-since-0b3f15b.json}): each stored payload reads into today's class
 * with the app's own event serializer and writes back as the same JSON, so no type needs an upcaster. Editing an
 * event's fields in place fails here: it then needs a revision and an upcaster (and a new recording). A new event
 * type fails here too, until a stored sample of it is recorded, which is its decision that it starts at its first
 * form.
 */
class StoredEventFormsOnH2Test extends OnH2 {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void every_event_type_stored_by_the_previous_version_reads_and_writes_back_in_the_same_form() throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        // what the previous version stored, and the first form of each type shipped since (recorded when it shipped)
        for (String recording : List.of("events-of-0b3f15b.json", "event-forms-since-0b3f15b.json")) {
            try (InputStream in = getClass().getResourceAsStream("/recorded/" + recording)) {
                JSON.readTree(in).forEach(rows::add);
            }
        }
        Set<Class<?>> seen = new HashSet<>();
        for (JsonNode row : rows) {
            byte[] payload = row.get("payload").asString().getBytes(StandardCharsets.UTF_8);
            String revision = row.get("payloadRevision").isNull() ? null : row.get("payloadRevision").asString();
            Object event = eventSerializer.deserialize(
                    new SimpleSerializedObject<>(payload, byte[].class, row.get("payloadType").asString(), revision));
            seen.add(event.getClass());

            SerializedObject<byte[]> written = eventSerializer.serialize(event, byte[].class);
            assertThat(JSON.readTree(written.getData())).as(row.get("payloadType").asString() + " as stored then")
                    .isEqualTo(JSON.readTree(payload));
            assertThat(written.getType().getRevision()).as("its revision").isEqualTo(revision);
        }
        assertThat(seen).as("a stored sample of every event type").containsExactlyInAnyOrderElementsOf(eventTypes(SheetEvent.class));
    }

    private static Set<Class<?>> eventTypes(Class<?> type) {
        Set<Class<?>> leaves = new HashSet<>();
        if (!type.isSealed()) {
            leaves.add(type);
            return leaves;
        }
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            leaves.addAll(eventTypes(permitted));
        }
        return leaves;
    }
}
