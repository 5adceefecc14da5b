package jp.pdcaledger.command.importing;

import jakarta.servlet.http.HttpServletRequest;
import jp.pdcaledger.command.idempotency.IdempotentWrites;
import jp.pdcaledger.command.web.RequestFingerprint;
import jp.pdcaledger.command.workbook.WorkbookReadings;
import jp.pdcaledger.command.web.WriteResult;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;

/** {@code POST /api/sheets/import}: a whole {@code pdca-sheet/v1} document (or a sheet's workbook), all or nothing. */
@RestController
public class SheetImportController {

    /** What an import's events say they were imported from when the request names no file. */
    static final String IMPORT = "/api/sheets/import";

    private final SheetImporter importer;
    private final WorkbookReadings readings;
    private final IdempotentWrites writes;
    private final RequestFingerprint fingerprint;

    public SheetImportController(SheetImporter importer, WorkbookReadings readings, IdempotentWrites writes,
                                 RequestFingerprint fingerprint) {
        this.importer = importer;
        this.readings = readings;
        this.writes = writes;
        this.fingerprint = fingerprint;
    }

    @PostMapping(IMPORT)
    public ResponseEntity<WriteResult> importSheet(@RequestBody PdcaSheetDocument document,
                                                   @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                                   HttpServletRequest request) {
        return writes.execute(key, fingerprint.of(request, document), () -> {
            WriteResult result = importer.replay(document, key, IMPORT);
            return IdempotentWrites.created(URI.create("/api/sheets/" + result.sheetId()), result);
        });
    }

    /** A sheet's workbook (as {@code GET /api/sheets/{id}/xlsx} gives it) imported as a new sheet: its document. */
    @PostMapping(path = IMPORT, consumes = SheetWorkbook.CONTENT_TYPE)
    public ResponseEntity<WriteResult> importWorkbook(@RequestHeader(value = "Idempotency-Key", required = false) String key,
                                                      HttpServletRequest request) throws IOException {
        PdcaSheetDocument document = readings.readRaw(request.getInputStream()).read().document();
        return importSheet(document, key, request);
    }
}
