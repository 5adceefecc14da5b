package jp.pdcaledger.query.transparency;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Merkle tree and its proofs against the RFC 6962 test vectors of transparency-dev/merkle (test resources
 * {@code rfc6962/}, Apache-2.0, with their LICENSE and README): the root of every size 0–8 of the reference tree,
 * every inclusion and consistency case (a happy path verifies, every altered one is refused), and the proofs this
 * tree makes are those of the vectors.
 */
class Rfc6962VectorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_root_of_every_size_of_the_reference_tree_is_the_published_one() {
        JsonNode reference = read(vectors().resolve("reference-tree.json"));
        MerkleTree tree = new MerkleTree();
        List<String> roots = new ArrayList<>();
        roots.add(HexFormat.of().formatHex(tree.root(0)));
        for (JsonNode leaf : reference.get("leafInputsHex")) {
            tree.append(MerkleHashes.leaf(HexFormat.of().parseHex(leaf.asString())));
            roots.add(HexFormat.of().formatHex(tree.root(tree.size())));
        }
        assertThat(roots).containsExactlyElementsOf(
                reference.get("rootHashByTreeSizeHex").valueStream().map(JsonNode::asString).toList());
        for (int size = 0; size <= 8; size++) {
            assertThat(HexFormat.of().formatHex(tree.root(size))).as("size %d from the tree of 8", size)
                    .isEqualTo(roots.get(size));
        }
    }

    @TestFactory
    Stream<DynamicTest> every_inclusion_case_verifies_or_is_refused_as_its_vector_says() {
        return cases("inclusion").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            JsonNode vector = read(file);
            boolean verified = MerkleProofs.includes(uint64(vector.get("leafIdx")), uint64(vector.get("treeSize")),
                    bytes(vector.get("leafHash")), hashes(vector.get("proof")), bytes(vector.get("root")));
            assertThat(verified).as(vector.get("desc").asString()).isEqualTo(!vector.get("wantErr").asBoolean());
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_consistency_case_verifies_or_is_refused_as_its_vector_says() {
        return cases("consistency").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            JsonNode vector = read(file);
            boolean verified = MerkleProofs.consistent(vector.get("size1").asLong(), vector.get("size2").asLong(),
                    hashes(vector.get("proof")), bytes(vector.get("root1")), bytes(vector.get("root2")));
            assertThat(verified).as(vector.get("desc").asString()).isEqualTo(!vector.get("wantErr").asBoolean());
        }));
    }

    @TestFactory
    Stream<DynamicTest> the_tree_makes_the_proofs_of_the_happy_paths() {
        MerkleTree tree = referenceTree();
        return Stream.concat(cases("inclusion"), cases("consistency"))
                .filter(file -> file.getFileName().toString().equals("happy-path.json"))
                .map(file -> DynamicTest.dynamicTest(name(file), () -> {
                    JsonNode vector = read(file);
                    List<byte[]> made = vector.has("leafIdx")
                            ? tree.inclusionProof(vector.get("leafIdx").asLong(), vector.get("treeSize").asLong())
                            : tree.consistencyProof(vector.get("size1").asLong(), vector.get("size2").asLong());
                    assertThat(encoded(made)).isEqualTo(encoded(hashes(vector.get("proof"))));
                }));
    }

    @Test
    void every_proof_the_tree_makes_up_to_size_8_verifies() {
        MerkleTree tree = referenceTree();
        for (long size = 1; size <= 8; size++) {
            for (long index = 0; index < size; index++) {
                assertThat(MerkleProofs.includes(index, size, tree.leafHash(index), tree.inclusionProof(index, size),
                        tree.root(size))).as("leaf %d of %d", index, size).isTrue();
            }
            for (long earlier = 1; earlier <= size; earlier++) {
                assertThat(MerkleProofs.consistent(earlier, size, tree.consistencyProof(earlier, size),
                        tree.root(earlier), tree.root(size))).as("%d → %d", earlier, size).isTrue();
            }
        }
    }

    static MerkleTree referenceTree() {
        MerkleTree tree = new MerkleTree();
        read(vectors().resolve("reference-tree.json")).get("leafInputsHex")
                .forEach(leaf -> tree.append(MerkleHashes.leaf(HexFormat.of().parseHex(leaf.asString()))));
        return tree;
    }

    private static Stream<Path> cases(String kind) {
        try (Stream<Path> files = Files.walk(vectors().resolve(kind))) {
            List<Path> found = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
            assertThat(found).as(kind + " vectors").hasSizeGreaterThan(20);
            return found.stream();
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The vectors' indices are Go's uint64: one past Long.MAX_VALUE reads as negative here, which is refused. */
    private static long uint64(JsonNode number) {
        return number.bigIntegerValue().longValue();
    }

    private static String name(Path file) {
        return vectors().relativize(file).toString();
    }

    private static Path vectors() {
        try {
            return Path.of(Rfc6962VectorsTest.class.getResource("/rfc6962/README.md").toURI()).getParent();
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static byte[] bytes(JsonNode base64) {
        return base64 == null || base64.isNull() ? null : Base64.getDecoder().decode(base64.asString());
    }

    private static List<byte[]> hashes(JsonNode proof) {
        return proof == null || proof.isNull() ? List.of()
                : proof.valueStream().map(Rfc6962VectorsTest::bytes).toList();
    }

    private static List<String> encoded(List<byte[]> proof) {
        return proof.stream().map(Base64.getEncoder()::encodeToString).toList();
    }
}
