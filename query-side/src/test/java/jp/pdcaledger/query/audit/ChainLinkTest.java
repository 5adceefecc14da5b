package jp.pdcaledger.query.audit;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The tamper-evident chain: one link per stored event, over the previous link and the event as stored. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChainLinkTest {

    private static final String PREVIOUS = "3f9a0c5e7b1d2468ace0f13579bdf02468ace13579bdf02468ace13579bdf024";
    private static final StoredEvent RECORDED = new StoredEvent(42, "b3c1e7a0-5d2f-4f8e-9a61-0c4d2e8f1a37",
            "6f1c1f0e-3b4a-4c55-9a51-1d2f8e0a7b10", 2L, "jp.pdcaledger.kernel.event.AnnualActualRecorded",
            "2021-04-15T00:30:00Z",
            utf8("{\"sheetId\":\"6f1c1f0e-3b4a-4c55-9a51-1d2f8e0a7b10\",\"fiscalYear\":2020,\"target\":\"support-bases\",\"value\":1,\"note\":null}"),
            utf8("{\"actor\":\"yamada@city.kitakyushu.lg.jp\",\"requestId\":\"req-1\"}"));

    @Test
    void the_same_event_after_the_same_link_always_gives_the_same_link() {
        String link = ChainLink.digest(PREVIOUS, RECORDED);

        assertThat(ChainLink.digest(PREVIOUS, copy(RECORDED))).isEqualTo(link);
        assertThat(link).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void the_first_link_follows_the_genesis_of_64_zeros() {
        assertThat(ChainLink.GENESIS).isEqualTo("0".repeat(64));
        assertThat(ChainLink.digest(ChainLink.GENESIS, RECORDED)).isNotEqualTo(ChainLink.digest(PREVIOUS, RECORDED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneByteEdits")
    void editing_one_byte_of_any_part_breaks_the_link(String part, String previous, UnaryOperator<StoredEvent> edit) {
        assertThat(ChainLink.digest(previous, edit.apply(copy(RECORDED))))
                .isNotEqualTo(ChainLink.digest(PREVIOUS, RECORDED));
    }

    static Stream<Arguments> oneByteEdits() {
        return Stream.of(
                arguments("the previous link", PREVIOUS.substring(0, 63) + "5", UnaryOperator.<StoredEvent>identity()),
                arguments("the event identifier", PREVIOUS, (UnaryOperator<StoredEvent>) e -> new StoredEvent(
                        e.globalIndex(), e.eventIdentifier().replace("b3c1", "b3c2"), e.aggregateIdentifier(),
                        e.sequenceNumber(), e.payloadType(), e.timeStamp(), e.payload(), e.metaData())),
                arguments("the sheet it belongs to", PREVIOUS, (UnaryOperator<StoredEvent>) e -> new StoredEvent(
                        e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier().replaceFirst(".$", "1"),
                        e.sequenceNumber(), e.payloadType(), e.timeStamp(), e.payload(), e.metaData())),
                arguments("its place in the sheet's stream", PREVIOUS, (UnaryOperator<StoredEvent>) e -> new StoredEvent(
                        e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber() + 1,
                        e.payloadType(), e.timeStamp(), e.payload(), e.metaData())),
                arguments("the event type", PREVIOUS, (UnaryOperator<StoredEvent>) e -> new StoredEvent(
                        e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.payloadType().replace("Recorded", "Recordee"),
                        e.timeStamp(), e.payload(), e.metaData())),
                arguments("the time", PREVIOUS, (UnaryOperator<StoredEvent>) e -> new StoredEvent(
                        e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.payloadType(), "2021-04-15T00:31:00Z", e.payload(), e.metaData())),
                arguments("the payload", PREVIOUS, (UnaryOperator<StoredEvent>) e -> new StoredEvent(
                        e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.payloadType(), e.timeStamp(), flipped(e.payload(), "\"value\":1"), e.metaData())),
                arguments("the metadata", PREVIOUS, (UnaryOperator<StoredEvent>) e -> new StoredEvent(
                        e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.payloadType(), e.timeStamp(), e.payload(), flipped(e.metaData(), "yamada"))));
    }

    @Test
    void a_one_digit_change_of_the_recorded_value_breaks_the_link() {
        byte[] payload = RECORDED.payload().clone();
        int at = new String(payload, StandardCharsets.UTF_8).indexOf("\"value\":1") + "\"value\":".length();
        payload[at] = '2';

        assertThat(ChainLink.digest(PREVIOUS, withPayloadAndMetaData(payload, RECORDED.metaData())))
                .isNotEqualTo(ChainLink.digest(PREVIOUS, RECORDED));
    }

    @Test
    void moving_a_byte_from_the_payload_to_the_metadata_breaks_the_link() {
        StoredEvent before = withPayloadAndMetaData(utf8("{\"value\":1}"), utf8("{}"));
        StoredEvent moved = withPayloadAndMetaData(utf8("{\"value\":1"), utf8("}{}"));

        assertThat(ChainLink.digest(PREVIOUS, moved)).isNotEqualTo(ChainLink.digest(PREVIOUS, before));
    }

    @Test
    void moving_a_character_from_the_identifier_to_the_type_breaks_the_link() {
        StoredEvent before = new StoredEvent(1, "abc", "sheet", 0L, "Type", "t", utf8("p"), utf8("m"));
        StoredEvent moved = new StoredEvent(1, "ab", "sheet", 0L, "cType", "t", utf8("p"), utf8("m"));

        assertThat(ChainLink.digest(PREVIOUS, moved)).isNotEqualTo(ChainLink.digest(PREVIOUS, before));
    }

    @Test
    void each_link_depends_on_the_whole_chain_before_it() {
        String first = ChainLink.digest(ChainLink.GENESIS, RECORDED);
        String second = ChainLink.digest(first, RECORDED);
        String secondAfterAnotherFirst = ChainLink.digest(ChainLink.digest(ChainLink.GENESIS,
                withPayloadAndMetaData(utf8("{}"), RECORDED.metaData())), RECORDED);

        assertThat(second).isNotEqualTo(secondAfterAnotherFirst);
    }

    private static StoredEvent withPayloadAndMetaData(byte[] payload, byte[] metaData) {
        return new StoredEvent(RECORDED.globalIndex(), RECORDED.eventIdentifier(), RECORDED.aggregateIdentifier(),
                RECORDED.sequenceNumber(), RECORDED.payloadType(), RECORDED.timeStamp(), payload, metaData);
    }

    /** A fresh copy, byte arrays included, so that nothing is equal merely by identity. */
    private static StoredEvent copy(StoredEvent e) {
        return new StoredEvent(e.globalIndex(), new String(e.eventIdentifier()), new String(e.aggregateIdentifier()),
                e.sequenceNumber(), new String(e.payloadType()), new String(e.timeStamp()), e.payload().clone(),
                e.metaData().clone());
    }

    /** Flips the lowest bit of the first byte of {@code marker} in {@code bytes}. */
    private static byte[] flipped(byte[] bytes, String marker) {
        byte[] edited = bytes.clone();
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf(marker);
        edited[at] ^= 1;
        return edited;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
