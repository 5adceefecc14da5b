package jp.pdcaledger.command.web;

import io.swagger.v3.oas.annotations.Operation;
import jp.pdcaledger.kernel.ApiTags;
import jakarta.servlet.http.HttpServletRequest;
import jp.pdcaledger.command.importing.SheetImporter;
import jp.pdcaledger.command.workbook.WorkbookReadings;
import jp.pdcaledger.command.writes.SheetWrites;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** {@code POST /api/sheets/import}: a whole {@code pdca-sheet/v1} document (or a sheet's workbook), all or nothing. */
@RestController
public class SheetImportController {

    /** What an import's events say they were imported from when the request names no file. */
    static final String IMPORT = "/api/sheets/import";

    private final SheetWrites writes;
    private final SheetImporter importer;
    private final WorkbookReadings readings;

    public SheetImportController(SheetWrites writes, SheetImporter importer, WorkbookReadings readings) {
        this.writes = writes;
        this.importer = importer;
        this.readings = readings;
    }

    @Operation(operationId = "importSheet", tags = ApiTags.IMPORT,
            summary = "シートを取り込む / Import a pdca-sheet/v1 document or a workbook as a new sheet",
            description = "ロール / Roles: ADMIN.")
    @PostMapping("/api/sheets/import")
    public ResponseEntity<WriteResult> importSheet(@RequestBody PdcaSheetDocument document, WriteEnvelope envelope) {
        return WriteAnswers.of(writes.write(envelope.keyed(document), importer.importing(document, IMPORT)));
    }

    /** A sheet's workbook (as {@code GET /api/sheets/{id}/xlsx} gives it) imported as a new sheet: its document. */
    @Operation(operationId = "importSheet", tags = ApiTags.IMPORT,
            summary = "シートを取り込む / Import a pdca-sheet/v1 document or a workbook as a new sheet",
            description = "ロール / Roles: ADMIN.")
    @PostMapping(path = "/api/sheets/import", consumes = SheetWorkbook.CONTENT_TYPE)
    public ResponseEntity<WriteResult> importWorkbook(WriteEnvelope envelope, HttpServletRequest request)
            throws IOException {
        PdcaSheetDocument document = readings.readRaw(request.getInputStream()).read().document();
        return importSheet(document, envelope);
    }
}
