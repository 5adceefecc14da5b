package jp.pdcaledger.query.web;

import io.swagger.v3.oas.annotations.Operation;
import jp.pdcaledger.kernel.ApiTags;
import jp.pdcaledger.kernel.ProblemTypes;
import jp.pdcaledger.query.audit.AuditLogRepository.AuditFilter;
import jp.pdcaledger.query.audit.AuditLogRepository.Page;
import jp.pdcaledger.query.audit.AuditLogRepository;
import jp.pdcaledger.query.audit.ChainVerifier.Verification;
import jp.pdcaledger.query.audit.ChainVerifier;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import jp.pdcaledger.query.sheetview.SheetViewRepository.StoredView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import java.time.Instant;

/** What auditors read: a sheet's history, the audit log across sheets, and the verification of the hash chain. */
@RestController
public class AuditQueryController {

    private static final int MAX_PAGE_SIZE = 1_000;

    private final AuditLogRepository log;
    private final ChainVerifier verifier;
    private final SheetViewRepository sheets;
    private final ReadScope scope;
    private final VersionWaits waits;

    public AuditQueryController(AuditLogRepository log, ChainVerifier verifier, SheetViewRepository sheets,
                                ReadScope scope, VersionWaits waits) {
        this.log = log;
        this.verifier = verifier;
        this.sheets = sheets;
        this.scope = scope;
        this.waits = waits;
    }

    @Operation(operationId = "getSheetHistory", tags = ApiTags.AUDIT,
            summary = "シートの変更履歴 / A sheet's history",
            description = "ロール / Roles: AUDITOR, ADMIN.")
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

    /**
     * A client that just wrote version N never reads a history without it: as {@code GET /api/sheets/{id}?minVersion}
     * waits for the sheet's view, this waits (bounded, holding no request thread) until the audit log and the view
     * both have the version, or is 503 with the version they have.
     */
    @Operation(operationId = "getSheetHistory", tags = ApiTags.AUDIT,
            summary = "シートの変更履歴 / A sheet's history",
            description = "ロール / Roles: AUDITOR, ADMIN.")
    @GetMapping(path = "/api/sheets/{id}/history", params = "minVersion")
    public DeferredResult<Page> historyAtLeast(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "100") int size,
                                               @RequestParam(required = false) Long minVersion) {
        if (minVersion == null) {
            DeferredResult<Page> result = new DeferredResult<>();
            result.setResult(history(id, page, size));
            return result;
        }
        String sheetId = QueryParams.sheetId(id);
        AuditFilter filter = new AuditFilter(sheetId, null, null, null, null, QueryParams.page(page),
                QueryParams.size(size, MAX_PAGE_SIZE));
        return waits.atLeast(sheetId, minVersion, scope.municipality(), new VersionWaits.Answer<>() {
            @Override
            public Page of(StoredView view) {
                return log.find(filter);
            }

            @Override
            public long versionOf(StoredView view) {
                return Math.min(view.version(), log.versionOf(sheetId));
            }
        });
    }

    @Operation(operationId = "searchAuditLog", tags = ApiTags.AUDIT,
            summary = "監査ログを検索する / Search the audit log",
            description = "ロール / Roles: AUDITOR, ADMIN.")
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
    @Operation(operationId = "verifyHashChain", tags = ApiTags.AUDIT,
            summary = "ハッシュチェーンを検証する / Verify the hash chain",
            description = "ロール / Roles: AUDITOR, ADMIN.")
    @GetMapping("/api/audit/verify")
    public ResponseEntity<Verification> verify(@RequestParam(defaultValue = "false") boolean full) {
        Verification verification;
        try {
            verification = full ? verifier.verifyFully() : verifier.verify();
        } catch (ChainVerifier.VerificationBusy busy) {
            throw ReadRefusal.busy(ProblemTypes.VERIFICATION_BUSY, "検証が実行中です", busy.getMessage());
        }
        return ResponseEntity.status("OK".equals(verification.status()) ? 200 : 409).body(verification);
    }
}
