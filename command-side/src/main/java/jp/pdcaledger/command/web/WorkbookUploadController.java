package jp.pdcaledger.command.web;

import io.swagger.v3.oas.annotations.Operation;
import jp.pdcaledger.kernel.ApiTags;
import jakarta.servlet.http.HttpServletRequest;
import jp.pdcaledger.command.workbook.WorkbookReadings;
import jp.pdcaledger.command.workbook.WorkbookUpload;
import jp.pdcaledger.command.writes.SheetWrites;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    private final SheetWrites writes;
    private final WorkbookUpload upload;
    private final WorkbookReadings readings;

    public WorkbookUploadController(SheetWrites writes, WorkbookUpload upload, WorkbookReadings readings) {
        this.writes = writes;
        this.upload = upload;
        this.readings = readings;
    }

    @Operation(operationId = "uploadWorkbook", tags = ApiTags.IMPORT,
            summary = "編集したブックを反映する / Upload an edited workbook",
            description = "ロール / Roles: ADMIN, STAFF (own sheets).")
    @PostMapping(path = "/api/sheets/{id}/xlsx", consumes = SheetWorkbook.CONTENT_TYPE)
    public ResponseEntity<?> upload(@PathVariable String id, @RequestParam(defaultValue = "false") boolean dryRun,
                                    @RequestParam(required = false) String reason, WriteEnvelope envelope,
                                    HttpServletRequest request) throws IOException {
        SheetId sheetId = SheetId.of(id);
        return handle(sheetId, readings.readRaw(request.getInputStream()), dryRun, reason, envelope);
    }

    @Operation(operationId = "uploadWorkbook", tags = ApiTags.IMPORT,
            summary = "編集したブックを反映する / Upload an edited workbook",
            description = "ロール / Roles: ADMIN, STAFF (own sheets).")
    @PostMapping(path = "/api/sheets/{id}/xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> uploadForm(@PathVariable String id, @RequestParam("file") MultipartFile file,
                                        @RequestParam(defaultValue = "false") boolean dryRun,
                                        @RequestParam(required = false) String reason, WriteEnvelope envelope)
            throws IOException {
        SheetId sheetId = SheetId.of(id);
        return handle(sheetId, readings.read(file::getInputStream), dryRun, reason, envelope);
    }

    /** Who may upload to the sheet was decided before its body was read (the security filter chain). */
    private ResponseEntity<?> handle(SheetId sheetId, WorkbookReadings.Workbook uploaded, boolean dryRun,
                                     String reasonParameter, WriteEnvelope envelope) {
        String reason = reasonParameter == null || reasonParameter.isBlank() ? null : reasonParameter;
        SheetWorkbook.Read workbook = uploaded.read();
        if (dryRun) {
            return ResponseEntity.ok(writes.tryOut(envelope.unkeyed(), upload.preview(sheetId, workbook, reason))
                    .orElseThrow());
        }
        return WriteAnswers.of(writes.write(envelope.keyed(new Uploaded(uploaded.sha256(), reason)),
                upload.upload(sheetId, workbook, reason)));
    }

    /** What identifies an upload for its Idempotency-Key: the workbook's digest and the reason. */
    private record Uploaded(String workbookSha256, String reason) {
    }
}
