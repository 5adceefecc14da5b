package jp.pdcaledger.query.transparency;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.query.transparency.ReceiptVerifier.Check;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receipt checks with the log's public key alone, and one changed byte of the document, the proof, the checkpoint
 * or the leaf is named as the check that fails; a log that replaced a leaf cannot prove itself consistent with a
 * checkpoint signed before.
 */
class ReceiptVerifierTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ORIGIN = "example.jp/pdca-ledger";
    private static final KeyPair KEYS = Ed25519Keys.generate();

    private final MerkleTree tree = new MerkleTree();
    private final List<String> leaves = new ArrayList<>();

    @Test
    void a_receipt_verifies_with_the_public_key_and_the_document() {
        logPublications(5);
        assertThat(ReceiptVerifier.verify(receipt(2), documentOf(2), KEYS.getPublic()).ok()).isTrue();
        assertThat(ReceiptVerifier.verify(receipt(0), null, KEYS.getPublic()).ok()).isTrue();
    }

    @Test
    void a_leaf_holds_the_published_year_alone_in_canonical_form() {
        logPublications(1);
        String leaf = leaves.get(0);
        assertThat(leaf).startsWith("{\"document\":{").contains("\"fiscalYear\":2020,\"format\":\""
                        + PublicationLeaf.FORMAT + "\",\"municipalityCode\":\"401005\",\"publication\":1,"
                        + "\"publishedAt\":\"2026-06-30T01:02:03.456Z\"")
                .contains("\"erratum\":null").doesNotContain("unpublished year").doesNotContain("\n");
        assertThat(PublicationLeaf.canonical(leaf)).isEqualTo(leaf);
    }

    @Test
    void one_changed_byte_of_the_document_fails_the_document_alone() {
        logPublications(5);
        String document = documentOf(2).replace("175", "176");
        assertThat(ReceiptVerifier.verify(receipt(2), document, KEYS.getPublic()).failed())
                .containsExactly(Check.DOCUMENT);
        assertThat(ReceiptVerifier.verify(receipt(2), documentOf(3), KEYS.getPublic()).failed())
                .as("another publication's document").containsExactly(Check.DOCUMENT);
    }

    @Test
    void one_changed_byte_of_the_proof_fails_the_inclusion_proof_alone() {
        logPublications(5);
        ObjectNode receipt = (ObjectNode) JSON.readTree(receipt(2));
        byte[] hash = Base64.getDecoder().decode(receipt.get("inclusionProof").get(1).asString());
        hash[7] ^= 0x01;
        ((ArrayNode) receipt.get("inclusionProof")).set(1, Base64.getEncoder().encodeToString(hash));
        assertThat(ReceiptVerifier.verify(JSON.writeValueAsString(receipt), documentOf(2), KEYS.getPublic()).failed())
                .containsExactly(Check.INCLUSION_PROOF);
    }

    @Test
    void one_changed_byte_of_the_checkpoint_fails_its_signature() {
        logPublications(5);
        ObjectNode receipt = (ObjectNode) JSON.readTree(receipt(2));
        String note = receipt.get("checkpoint").asString();
        int signature = note.lastIndexOf(' ') + 10;
        receipt.put("checkpoint", note.substring(0, signature) + (note.charAt(signature) == 'A' ? 'B' : 'A')
                + note.substring(signature + 1));
        assertThat(ReceiptVerifier.verify(JSON.writeValueAsString(receipt), null, KEYS.getPublic()).failed())
                .containsExactly(Check.CHECKPOINT_SIGNATURE);

        ObjectNode otherSize = (ObjectNode) JSON.readTree(receipt(2));
        otherSize.put("checkpoint", otherSize.get("checkpoint").asString().replaceFirst("\n5\n", "\n6\n"));
        assertThat(ReceiptVerifier.verify(JSON.writeValueAsString(otherSize), null, KEYS.getPublic()).failed())
                .as("the tree size changed in the checkpoint's text").contains(Check.CHECKPOINT_SIGNATURE);
    }

    @Test
    void a_checkpoint_signed_by_another_key_fails_its_signature() {
        logPublications(3);
        assertThat(ReceiptVerifier.verify(receipt(1), null, Ed25519Keys.generate().getPublic()).failed())
                .containsExactly(Check.CHECKPOINT_SIGNATURE);
    }

    @Test
    void one_changed_byte_of_the_leaf_fails_the_leaf_hash_alone() {
        logPublications(5);
        ObjectNode receipt = (ObjectNode) JSON.readTree(receipt(2));
        receipt.put("leaf", receipt.get("leaf").asString().replace("\"publication\":1", "\"publication\":2"));
        assertThat(ReceiptVerifier.verify(JSON.writeValueAsString(receipt), null, KEYS.getPublic()).failed())
                .containsExactly(Check.LEAF_HASH);
    }

    @Test
    void what_is_not_a_receipt_is_said_so() {
        assertThat(ReceiptVerifier.verify("{\"format\":\"other\"}", null, KEYS.getPublic()).failed())
                .containsExactly(Check.RECEIPT);
        assertThat(ReceiptVerifier.verify("not json", null, KEYS.getPublic()).failed()).containsExactly(Check.RECEIPT);
    }

    @Test
    void a_log_that_replaced_a_leaf_is_not_consistent_with_a_checkpoint_signed_before() {
        logPublications(5);
        long earlierSize = tree.size();
        byte[] earlierRoot = tree.root(earlierSize);

        MerkleTree rewritten = new MerkleTree();
        for (int i = 0; i < leaves.size(); i++) {
            String leaf = i == 3 ? leaves.get(i).replace("175", "176") : leaves.get(i);
            rewritten.append(MerkleHashes.leaf(leaf.getBytes(StandardCharsets.UTF_8)));
        }
        rewritten.append(MerkleHashes.leaf("a later publication".getBytes(StandardCharsets.UTF_8)));
        rewritten.append(MerkleHashes.leaf("and another".getBytes(StandardCharsets.UTF_8)));

        assertThat(MerkleProofs.consistent(earlierSize, rewritten.size(),
                rewritten.consistencyProof(earlierSize, rewritten.size()), earlierRoot,
                rewritten.root(rewritten.size()))).isFalse();

        tree.append(MerkleHashes.leaf("a later publication".getBytes(StandardCharsets.UTF_8)));
        assertThat(MerkleProofs.consistent(earlierSize, tree.size(), tree.consistencyProof(earlierSize, tree.size()),
                earlierRoot, tree.root(tree.size()))).as("the honest log extends it").isTrue();
    }

    @Test
    void a_generated_key_signs_what_its_pem_files_verify() {
        KeyPair read = Ed25519Keys.pairOf(Ed25519Keys.privatePem(KEYS.getPrivate()));
        assertThat(read.getPublic()).isEqualTo(KEYS.getPublic());
        String note = SignedNote.sign("origin\n1\n" + Base64.getEncoder().encodeToString(new byte[32]) + "\n", ORIGIN,
                read.getPrivate(), read.getPublic());
        assertThat(SignedNote.verifiedText(note, ORIGIN,
                Ed25519Keys.publicKeyOf(Ed25519Keys.publicPem(KEYS.getPublic())))).isPresent();
        assertThat(note).contains("\n\n\u2014 " + ORIGIN + " ");
    }

    private void logPublications(int count) {
        for (int i = 0; i < count; i++) {
            PublicationLeaf leaf = PublicationLeaf.of(document(2020 + i), "0f6b5b4e-7c1e-4b8e-9a51-3c2d1e0f9a8" + i,
                    2020 + i, 1, Instant.parse("2026-06-30T01:02:03.456Z"), null);
            leaves.add(leaf.canonicalJson());
            tree.append(MerkleHashes.leaf(leaf.bytes()));
        }
    }

    private String receipt(int index) {
        long size = tree.size();
        String checkpoint = SignedNote.sign(new Checkpoint(ORIGIN, size, tree.root(size)).body(), ORIGIN,
                KEYS.getPrivate(), KEYS.getPublic());
        return JSON.writeValueAsString(new Receipt(Receipt.FORMAT, leaves.get(index),
                Base64.getEncoder().encodeToString(tree.leafHash(index)), index, size,
                tree.inclusionProof(index, size).stream().map(Base64.getEncoder()::encodeToString).toList(),
                checkpoint));
    }

    private String documentOf(int index) {
        return PublicationLeaf.documentOf(leaves.get(index));
    }

    private static PdcaSheetDocument document(int fiscalYear) {
        return new PdcaSheetDocument(PdcaSheetDocument.FORMAT, new PdcaSheetDocument.Municipality("401005", "北九州市"),
                List.of("北九州市障害者支援計画"), new PdcaSheetDocument.Period(2024, 2026), "保健福祉局", "自立支援協議会",
                new PdcaSheetDocument.OutcomeTarget(3, "地域生活支援拠点等の整備"), List.of(), List.of(),
                List.of(new PdcaSheetDocument.FiscalYear(fiscalYear,
                        List.of(new PdcaSheetDocument.Actual("group-homes", new BigDecimal("175"), null, null, null)),
                        List.of(), "目標に向けて進んでいます。", List.of("取組を具体化してください。"), false,
                        "次年度は相談支援を強化します。"),
                        new PdcaSheetDocument.FiscalYear(fiscalYear - 1, List.of(), List.of(), "unpublished year",
                                List.of(), true, null)));
    }
}
