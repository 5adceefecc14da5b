package jp.pdcaledger.command.workbook;

import jakarta.servlet.http.HttpServletRequest;
import jp.pdcaledger.command.idempotency.IdempotentWrites;
import jp.pdcaledger.command.web.RequestFingerprint;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/**
 * {@code POST /api/sheets/{id}/xlsx}: the sheet's workbook, edited offline, uploaded back as the raw body
 * ({@value SheetWorkbook#CONTENT_TYPE}) or as the {@code file} of a form. {@code ?dryRun=true} answers the changes
 * and stores nothing; otherwise the changes are stored all or nothing, and a correction or revision among them needs
 * {@code reason}.
 */
@RestController
public class WorkbookUploadController {

    private final WorkbookUpload upload;
    private final WorkbookReadings readings;
    private final IdempotentWrites writes;
    private final RequestFingerprint fingerprint;

    public WorkbookUploadController(WorkbookUpload upload, WorkbookReadings readings, IdempotentWrites writes,
                                    RequestFingerprint fingerprint) {
        this.upload = upload;
        this.readings = readings;
        this.writes = writes;
        this.fingerprint = fingerprint;
    }

    @PostMapping(path = "/api/sheets/{id}/xlsx", consumes = SheetWorkbook.CONTENT_TYPE)
    public ResponseEntity<?> upload(@PathVariable String id, @RequestParam(defaultValue = "false") boolean dryRun,
                                    @RequestParam(required = false) String reason,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                    HttpServletRequest request) throws IOException {
        SheetId sheetId = SheetId.of(id);
        return handle(sheetId, readings.readRaw(request.getInputStream()), dryRun, reason, key, request);
    }

    @PostMapping(path = "/api/sheets/{id}/xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> uploadForm(@PathVariable String id, @RequestParam("file") MultipartFile file,
                                        @RequestParam(defaultValue = "false") boolean dryRun,
                                        @RequestParam(required = false) String reason,
                                        @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                        HttpServletRequest request) throws IOException {
        SheetId sheetId = SheetId.of(id);
        return handle(sheetId, readings.read(file::getInputStream), dryRun, reason, key, request);
    }

    /** Who may upload to the sheet was decided before its body was read (the security filter chain). */
    private ResponseEntity<?> handle(SheetId sheetId, WorkbookReadings.Workbook uploaded, boolean dryRun,
                                     String reasonParameter, String key, HttpServletRequest request) {
        String reason = reasonParameter == null || reasonParameter.isBlank() ? null : reasonParameter;
        SheetWorkbook.Read workbook = uploaded.read();
        if (dryRun) {
            return ResponseEntity.ok(upload.preview(sheetId, workbook, reason));
        }
        return writes.execute(key, fingerprint.of(request, new Uploaded(uploaded.sha256(), reason)),
                () -> IdempotentWrites.ok(upload.upload(sheetId, workbook, reason, key)));
    }

    /** What identifies an upload for its Idempotency-Key: the workbook's digest and the reason. */
    private record Uploaded(String workbookSha256, String reason) {
    }
}
