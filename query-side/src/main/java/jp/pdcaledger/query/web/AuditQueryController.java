package jp.pdcaledger.query.web;

import jp.pdcaledger.query.audit.AuditLogRepository.AuditFilter;
import jp.pdcaledger.query.audit.AuditLogRepository.Page;
import jp.pdcaledger.query.audit.AuditLogRepository;
import jp.pdcaledger.query.audit.ChainVerifier.Verification;
import jp.pdcaledger.query.audit.ChainVerifier;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** What auditors read: a sheet's history, the audit log across sheets, and the verification of the hash chain. */
@RestController
public class AuditQueryController {

    private static final int MAX_PAGE_SIZE = 1_000;

    private final AuditLogRepository log;
    private final ChainVerifier verifier;
    private final SheetViewRepository sheets;

    public AuditQueryController(AuditLogRepository log, ChainVerifier verifier, SheetViewRepository sheets) {
        this.log = log;
        this.verifier = verifier;
        this.sheets = sheets;
    }

    @GetMapping("/api/sheets/{id}/history")
    public Page history(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "100") int size) {
        String sheetId = QueryParams.sheetId(id);
        Page history = log.find(new AuditFilter(sheetId, null, null, null, null,
                QueryParams.page(page), QueryParams.size(size, MAX_PAGE_SIZE)));
        if (history.total() == 0 && sheets.versionOf(sheetId).isEmpty()) {
            throw ReadRefusal.notFound(sheetId);
        }
        return history;
    }

    @GetMapping("/api/audit")
    public Page audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String type,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String sheet,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        Instant since = from == null ? null : QueryParams.instant("from", from);
        Instant until = to == null ? null : QueryParams.instant("to", to);
        String sheetId = sheet == null ? null : QueryParams.sheetId(sheet);
        return log.find(new AuditFilter(sheetId, actor, type, since, until, QueryParams.page(page),
                QueryParams.size(size, MAX_PAGE_SIZE)));
    }

    /**
     * 200 with the head digest when the chain holds; 409 naming the first event that no longer matches. A plain call
     * goes on from the last verified position (see {@link ChainVerifier}); {@code full=true} re-hashes every link.
     */
    @GetMapping("/api/audit/verify")
    public ResponseEntity<Verification> verify(@RequestParam(defaultValue = "false") boolean full) {
        Verification verification;
        try {
            verification = full ? verifier.verifyFully() : verifier.verify();
        } catch (ChainVerifier.VerificationBusy busy) {
            throw ReadRefusal.busy("verification-busy", "検証が実行中です", busy.getMessage());
        }
        return ResponseEntity.status("OK".equals(verification.status()) ? 200 : 409).body(verification);
    }
}
