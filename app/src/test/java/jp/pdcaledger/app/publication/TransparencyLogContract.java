package jp.pdcaledger.app.publication;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.transparency.VerifyReceiptCommand;
import jp.pdcaledger.query.transparency.Ed25519Keys;
import jp.pdcaledger.query.transparency.MerkleHashes;
import jp.pdcaledger.query.transparency.MerkleProofs;
import jp.pdcaledger.query.transparency.ReceiptVerifier;
import jp.pdcaledger.query.transparency.ReceiptVerifier.Check;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transparency log over HTTP (issue 17): every publication is a leaf; its receipt, downloaded from the public
 * side without signing in, verifies offline with the log's public key alone (the jar's verify-receipt command as a
 * reader runs it), the seed's published year as any other; a stored leaf changed in place is named by the verifier;
 * the proofs verify against the checkpoint; what is not published has no receipt (404); a rebuild gives the same log.
 */
public interface TransparencyLogContract extends ApiTest {

    private static String year(String id, int fiscalYear) {
        return "/api/sheets/" + id + "/fiscal-years/" + fiscalYear;
    }

    private static String receiptPath(String id, int fiscalYear, int publication) {
        return "/public/sheets/" + id + "/fiscal-years/" + fiscalYear + "/publications/" + publication + "/receipt.json";
    }

    /** A sheet with FY2025 closed and published once. */
    private String publishedSheet() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "publish");
        return id;
    }

    /** The receipt, once the log has appended the publication. */
    private Api.Response receipt(String id, int fiscalYear, int publication) {
        return Eventually.value("the receipt of " + id + " " + fiscalYear + "/" + publication,
                () -> api().anonymous().get(receiptPath(id, fiscalYear, publication)), answer -> answer.status() == 200);
    }

    private PublicKey publicKey() {
        Api.Response key = api().anonymous().get("/public/transparency/key.pem");
        assertThat(key.status()).as(key.toString()).isEqualTo(200);
        return Ed25519Keys.publicKeyOf(key.body());
    }

    /** What {@code java -jar pdca-ledger.jar verify-receipt} prints and exits with, given these files. */
    private Verified verifyOffline(String receipt, String document) throws IOException {
        Path directory = Files.createTempDirectory("receipt");
        Files.writeString(directory.resolve("receipt.json"), receipt);
        Files.writeString(directory.resolve("pub.pem"), api().anonymous().get("/public/transparency/key.pem").body());
        List<String> args = new ArrayList<>(List.of(directory.resolve("receipt.json").toString()));
        if (document != null) {
            Files.writeString(directory.resolve("document.json"), document);
            args.add(directory.resolve("document.json").toString());
        }
        args.addAll(List.of("--key", directory.resolve("pub.pem").toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyReceiptCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return new Verified(exit, out.toString(StandardCharsets.UTF_8));
    }

    record Verified(int exit, String printed) {
    }

    @Test
    default void a_publication_s_receipt_verifies_offline_with_the_public_key_alone() throws IOException {
        String id = publishedSheet();

        Api.Response receipt = receipt(id, 2025, 1);
        assertThat(receipt.header("Content-Disposition")).startsWith("attachment");
        assertThat(receipt.header("Cache-Control")).contains("public").contains("max-age=60");
        JsonNode leaf = JsonMapper.builder().build().readTree(receipt.json().get("leaf").asString());
        assertThat(leaf.get("sheetId").asString()).isEqualTo(id);
        assertThat(leaf.get("municipalityCode").asString()).isEqualTo(Sheets.KITAKYUSHU);
        assertThat(leaf.get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(leaf.get("publication").asInt()).isEqualTo(1);
        assertThat(leaf.get("erratum").isNull()).isTrue();
        assertThat(leaf.get("document").get("fiscalYears")).as("the published year alone").hasSize(1);
        assertThat(leaf.get("document").get("fiscalYears").get(0).get("actuals").get(0).get("value").asInt())
                .isEqualTo(175);

        Api.Response document = api().anonymous().get(receiptPath(id, 2025, 1).replace("receipt.json", "document.json"));
        assertThat(document.status()).isEqualTo(200);
        Verified verified = verifyOffline(receipt.body(), document.body());
        assertThat(verified.exit()).as(verified.printed()).isZero();
        assertThat(verified.printed()).endsWith("OK\n").contains("ok      inclusion proof")
                .contains("ok      checkpoint signature").contains("ok      document");
    }

    @Test
    default void the_seed_s_published_year_verifies_offline() throws IOException {
        String seed = new Sheets(this).seed();
        Api.Response published = api().as("staff").post(year(seed, 2018) + "/publications", Map.of());
        if (published.status() == 409) {
            assertThat(api().as("staff").post(year(seed, 2018) + "/close", Map.of()).status()).isEqualTo(200);
            published = api().as("staff").post(year(seed, 2018) + "/publications", Map.of());
        }
        assertThat(published.status()).as(published.toString()).isIn(200, 409);

        Verified verified = verifyOffline(receipt(seed, 2018, 1).body(), null);
        assertThat(verified.exit()).as(verified.printed()).isZero();
        assertThat(verified.printed()).endsWith("OK\n");
    }

    @Test
    default void the_verifier_names_what_was_changed_the_document_or_a_stored_leaf() throws IOException {
        String id = publishedSheet();
        String receipt = receipt(id, 2025, 1).body();
        String document = api().anonymous().get(receiptPath(id, 2025, 1).replace("receipt.json", "document.json")).body();

        Verified changedDocument = verifyOffline(receipt, document.replace("175", "176"));
        assertThat(changedDocument.exit()).isEqualTo(1);
        assertThat(changedDocument.printed()).endsWith("FAILED: document\n");

        long index = receipt(id, 2025, 1).json().get("index").asLong();
        String stored = jdbc().sql("SELECT leaf FROM transparency_log WHERE leaf_index = ?").param(index)
                .query(String.class).single();
        try {
            jdbc().sql("UPDATE transparency_log SET leaf = ? WHERE leaf_index = ?")
                    .params(stored.replace("\"publication\":1", "\"publication\":2"), index).update();
            String served = api().anonymous().get(receiptPath(id, 2025, 1)).body();
            assertThat(ReceiptVerifier.verify(served, null, publicKey()).failed()).containsExactly(Check.LEAF_HASH);
            Verified changedLeaf = verifyOffline(served, null);
            assertThat(changedLeaf.exit()).isEqualTo(1);
            assertThat(changedLeaf.printed()).endsWith("FAILED: leaf hash\n");
        } finally {
            jdbc().sql("UPDATE transparency_log SET leaf = ? WHERE leaf_index = ?").params(stored, index).update();
        }
    }

    @Test
    default void the_proofs_verify_against_the_signed_checkpoint_and_a_later_one_extends_an_earlier() {
        String id = publishedSheet();
        long index = receipt(id, 2025, 1).json().get("index").asLong();
        JsonNode earlier = api().anonymous().get("/public/transparency/checkpoint").json();
        assertThat(earlier.get("checkpoint").asString()).startsWith(earlier.get("origin").asString() + "\n"
                + earlier.get("treeSize").asLong() + "\n" + earlier.get("rootHash").asString() + "\n\n\u2014 ");

        String later = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(later, 2025, "publish");
        receipt(later, 2025, 1);
        JsonNode now = api().anonymous().get("/public/transparency/checkpoint").json();
        long size1 = earlier.get("treeSize").asLong();
        long size2 = now.get("treeSize").asLong();
        assertThat(size2).isGreaterThan(size1);

        Api.Response inclusion = api().anonymous().get("/public/transparency/proofs/inclusion?index=" + index
                + "&treeSize=" + size2);
        assertThat(inclusion.status()).as(inclusion.toString()).isEqualTo(200);
        assertThat(inclusion.header("Cache-Control")).contains("max-age=86400");
        JsonNode leaf = api().anonymous().get("/public/transparency/leaves/" + index).json();
        byte[] leafHash = MerkleHashes.leaf(leaf.get("leaf").asString().getBytes(StandardCharsets.UTF_8));
        assertThat(Base64.getEncoder().encodeToString(leafHash)).isEqualTo(leaf.get("leafHash").asString());
        assertThat(MerkleProofs.includes(index, size2, leafHash, hashes(inclusion.json().get("proof")),
                bytes(now.get("rootHash")))).isTrue();

        Api.Response consistency = api().anonymous().get("/public/transparency/proofs/consistency?from=" + size1
                + "&to=" + size2);
        assertThat(consistency.status()).as(consistency.toString()).isEqualTo(200);
        assertThat(MerkleProofs.consistent(size1, size2, hashes(consistency.json().get("proof")),
                bytes(earlier.get("rootHash")), bytes(now.get("rootHash")))).isTrue();

        assertThat(api().anonymous().get("/public/transparency/proofs/inclusion?index=" + size2 + "&treeSize=" + size2)
                .status()).as("a leaf past the tree").isEqualTo(400);
        assertThat(api().anonymous().get("/public/transparency/proofs/consistency?from=1&to=" + (size2 + 1000))
                .status()).as("a tree the log has not reached").isEqualTo(404);
        assertThat(api().anonymous().get("/public/transparency/proofs/consistency?from=0&to=" + size2).status())
                .isEqualTo(400);
        assertThat(api().anonymous().get("/public/transparency/leaves/x").status()).isEqualTo(400);
        assertThat(api().anonymous().get("/public/transparency/leaves/" + (size2 + 1000)).status()).isEqualTo(404);
    }

    @Test
    default void what_is_not_published_has_no_receipt() {
        String id = publishedSheet();
        String closedOnly = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(closedOnly, 2025, "close");
        receipt(id, 2025, 1);
        for (String path : new String[]{receiptPath(closedOnly, 2025, 1), receiptPath(id, 2024, 1),
                receiptPath(id, 2025, 2), receiptPath(UUID.randomUUID().toString(), 2025, 1),
                receiptPath(id, 2025, 1).replace("/2025/", "/H99/"), "/public/sheets/not-a-sheet/fiscal-years/2025/publications/1/receipt.json",
                receiptPath(closedOnly, 2025, 1).replace("receipt.json", "document.json")}) {
            Api.Response answer = api().anonymous().get(path);
            assertThat(answer.status()).as(path + ": " + answer).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("保健福祉局");
        }
    }

    @Test
    default void the_log_s_page_shows_the_checkpoint_and_how_to_verify_and_a_publication_offers_its_receipt() {
        String id = publishedSheet();
        receipt(id, 2025, 1);
        JsonNode checkpoint = api().anonymous().get("/public/transparency/checkpoint").json();

        Api.Response page = api().anonymous().get("/public/transparency");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"ja\"").contains("<h1>透明性ログ</h1>")
                .contains("<td id=\"tree-size\">")
                .contains(checkpoint.get("rootHash").asString()).contains("BEGIN PUBLIC KEY")
                .contains("verify-receipt receipt.json").contains("証明しないこと")
                .contains("<label for=\"receipt-file\">").contains("src=\"/js/verify-receipt.js\"")
                .doesNotContain("<script>").doesNotContain("style=\"");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(api().anonymous().get("/js/verify-receipt.js").status()).isEqualTo(200);

        Api.Response publication = api().anonymous().get("/public/sheets/" + id + "/fiscal-years/2025");
        assertThat(publication.body()).contains(receiptPath(id, 2025, 1))
                .contains(receiptPath(id, 2025, 1).replace("receipt.json", "document.json"))
                .contains("/public/transparency?receipt=");
    }

    @Test
    default void a_rebuilt_log_is_the_same_leaf_for_leaf() {
        String id = publishedSheet();
        receipt(id, 2025, 1);
        String root = api().anonymous().get("/public/transparency/checkpoint").json().get("rootHash").asString();
        List<Map<String, Object>> live = jdbc().sql("SELECT * FROM transparency_log ORDER BY leaf_index").query()
                .listOfRows();

        Api.Response rebuild = api().as("admin").post("/api/admin/projections/transparency/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        Eventually.until("transparency rebuilt", () -> {
            JsonNode progress = api().as("admin").get("/api/admin/projections/transparency").json();
            return progress.get("rebuildDone").asBoolean() && progress.get("caughtUp").asBoolean();
        });
        List<Map<String, Object>> rebuilt = jdbc().sql("SELECT * FROM transparency_log ORDER BY leaf_index").query()
                .listOfRows();
        assertThat(rebuilt).hasSameSizeAs(live);
        for (int i = 0; i < live.size(); i++) {
            assertThat(rebuilt.get(i).get("leaf")).isEqualTo(live.get(i).get("leaf"));
            assertThat((byte[]) rebuilt.get(i).get("leaf_hash")).isEqualTo((byte[]) live.get(i).get("leaf_hash"));
        }
        assertThat(api().anonymous().get("/public/transparency/checkpoint").json().get("rootHash").asString())
                .isEqualTo(root);
    }

    private static byte[] bytes(JsonNode base64) {
        return Base64.getDecoder().decode(base64.asString());
    }

    private static List<byte[]> hashes(JsonNode proof) {
        return proof.valueStream().map(TransparencyLogContract::bytes).toList();
    }
}
