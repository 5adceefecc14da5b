package jp.pdcaledger.query.web;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.query.transparency.CheckpointSigner;
import jp.pdcaledger.query.transparency.Ed25519Keys;
import jp.pdcaledger.query.transparency.PublicationLeaf;
import jp.pdcaledger.query.transparency.Receipt;
import jp.pdcaledger.query.transparency.Receipts;
import jp.pdcaledger.query.transparency.SignedNote;
import jp.pdcaledger.query.transparency.TransparencyLog;
import jp.pdcaledger.query.transparency.TransparencyLog.Consistency;
import jp.pdcaledger.query.transparency.TransparencyLog.Inclusion;
import jp.pdcaledger.query.transparency.TransparencyLog.TreeHead;
import jp.pdcaledger.query.transparency.TransparencyLogRepository;
import jp.pdcaledger.query.transparency.TransparencyLogRepository.LeafRow;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The transparency log in public (issue 17), no sign-in, under the public pages' rate limit: the signed checkpoint,
 * the public key, any leaf, the inclusion proof of a leaf and the consistency proof between two tree sizes, and a
 * publication's receipt and document. What a tree of a given size holds never changes, so a leaf and a proof are
 * cached for a day; the checkpoint and a receipt (signed against the current tree) for a minute, as the pages are.
 */
@RestController
public class TransparencyController {

    private static final CacheControl NOW = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    private static final CacheControl FIXED = CacheControl.maxAge(Duration.ofDays(1)).cachePublic().immutable();
    private static final Pattern SHEET_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,17}");

    private final TransparencyLog log;
    private final TransparencyLogRepository rows;
    private final CheckpointSigner signer;
    private final Receipts receipts;

    public TransparencyController(TransparencyLog log, TransparencyLogRepository rows, CheckpointSigner signer,
                                  Receipts receipts) {
        this.log = log;
        this.rows = rows;
        this.signer = signer;
        this.receipts = receipts;
    }

    /** The current signed checkpoint (C2SP tlog-checkpoint), with what it states. */
    @GetMapping(value = "/public/transparency/checkpoint", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CheckpointAnswer> checkpoint() {
        TreeHead head = log.head();
        return ResponseEntity.ok().cacheControl(NOW).body(new CheckpointAnswer(signer.origin(), head.size(),
                base64(head.root()), signer.sign(head.size(), head.root())));
    }

    /** The log's Ed25519 public key, X.509 SubjectPublicKeyInfo PEM: what {@code verify-receipt --key} reads. */
    @GetMapping(value = "/public/transparency/key.pem", produces = "application/x-pem-file")
    public ResponseEntity<String> key() {
        return ResponseEntity.ok().cacheControl(NOW)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"pdca-ledger-transparency-key.pem\"")
                .body(Ed25519Keys.publicPem(signer.publicKey()));
    }

    /** The key in Go's note verifier-key form, for tools that read checkpoints with it. */
    @GetMapping(value = "/public/transparency/key", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<KeyAnswer> keyAnswer() {
        return ResponseEntity.ok().cacheControl(NOW).body(new KeyAnswer(signer.origin(), "Ed25519",
                Ed25519Keys.publicPem(signer.publicKey()), SignedNote.verifierKey(signer.origin(), signer.publicKey())));
    }

    @GetMapping(value = "/public/transparency/leaves/{index}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<LeafAnswer> leaf(@PathVariable String index) {
        LeafRow row = rows.leaf(number("index", index))
                .orElseThrow(() -> ReadRefusal.notInLog("葉 " + index + " はまだありません"));
        return ResponseEntity.ok().cacheControl(FIXED).body(new LeafAnswer(row.index(), row.sheetId(),
                row.fiscalYear(), row.publication(), row.leaf(), base64(row.leafHash())));
    }

    @GetMapping(value = "/public/transparency/proofs/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<InclusionAnswer> inclusion(@RequestParam String index, @RequestParam String treeSize) {
        long leaf = number("index", index);
        long size = size("treeSize", treeSize);
        if (leaf >= size) {
            throw ReadRefusal.invalid("index", "葉 " + leaf + " は大きさ " + size + " の木にはありません");
        }
        Inclusion inclusion = log.inclusion(leaf, size);
        return ResponseEntity.ok().cacheControl(FIXED).body(new InclusionAnswer(leaf, size,
                base64(inclusion.leafHash()), base64(inclusion.root()), base64(inclusion.proof())));
    }

    @GetMapping(value = "/public/transparency/proofs/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ConsistencyAnswer> consistency(@RequestParam String from, @RequestParam String to) {
        long size1 = size("from", from);
        long size2 = size("to", to);
        if (size1 < 1 || size1 > size2) {
            throw ReadRefusal.invalid("from", "1 以上 to 以下の木の大きさです");
        }
        Consistency consistency = log.consistency(size1, size2);
        return ResponseEntity.ok().cacheControl(FIXED).body(new ConsistencyAnswer(size1, size2,
                base64(consistency.root1()), base64(consistency.root2()), base64(consistency.proof())));
    }

    /** A publication's receipt, to keep: the leaf, its proof and the checkpoint signed now. */
    @GetMapping(value = "/public/sheets/{id}/fiscal-years/{fy}/publications/{n}/receipt.json",
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> receipt(@PathVariable String id, @PathVariable String fy, @PathVariable String n) {
        Receipt receipt = publishedReceipt(id, fy, n);
        return ResponseEntity.ok().cacheControl(NOW).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"receipt-" + id + "-" + fy + "-" + n + ".json\"").body(receipt);
    }

    /** The document a publication published, as its leaf holds it: what {@code verify-receipt} compares. */
    @GetMapping(value = "/public/sheets/{id}/fiscal-years/{fy}/publications/{n}/document.json",
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> document(@PathVariable String id, @PathVariable String fy, @PathVariable String n) {
        String document = PublicationLeaf.documentOf(publishedReceipt(id, fy, n).leaf());
        return ResponseEntity.ok().cacheControl(FIXED).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"document-" + id + "-" + fy + "-" + n + ".json\"").body(document);
    }

    /** The receipt of a publication the log holds; anything else is the same 404, as on the public pages. */
    private Receipt publishedReceipt(String id, String fy, String n) {
        ReadRefusal notInLog = ReadRefusal.notInLog("この公表は透明性ログにありません");
        if (!SHEET_ID.matcher(id).matches() || !NUMBER.matcher(n).matches() || n.length() > 6) {
            throw notInLog;
        }
        int fiscalYear;
        try {
            fiscalYear = FiscalYear.parse(fy).value();
        } catch (RuntimeException notAYear) {
            throw notInLog;
        }
        return receipts.of(id.toLowerCase(Locale.ROOT), fiscalYear, Integer.parseInt(n)).orElseThrow(() -> notInLog);
    }

    private long size(String field, String value) {
        long size = number(field, value);
        long logSize = log.head().size();
        if (size > logSize) {
            throw ReadRefusal.notInLog("ログの大きさは " + logSize + " です（" + field + " = " + size + "）");
        }
        return size;
    }

    private static long number(String field, String value) {
        if (!NUMBER.matcher(value).matches()) {
            throw ReadRefusal.invalid(field, "0 以上の整数です");
        }
        return Long.parseLong(value);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static List<String> base64(List<byte[]> proof) {
        return proof.stream().map(TransparencyController::base64).toList();
    }

    public record CheckpointAnswer(String origin, long treeSize, String rootHash, String checkpoint) {
    }

    public record KeyAnswer(String name, String algorithm, String publicKeyPem, String noteVerifierKey) {
    }

    public record LeafAnswer(long index, String sheetId, int fiscalYear, int publication, String leaf,
                             String leafHash) {
    }

    public record InclusionAnswer(long index, long treeSize, String leafHash, String rootHash, List<String> proof) {
    }

    public record ConsistencyAnswer(long from, long to, String fromRootHash, String toRootHash, List<String> proof) {
    }
}
