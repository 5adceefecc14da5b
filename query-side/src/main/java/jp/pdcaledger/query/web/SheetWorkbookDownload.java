package jp.pdcaledger.query.web;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.query.export.SheetExport;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * The sheet view as a downloaded workbook: the same document {@code /export} gives, laid out as the published sheet,
 * carrying the sheet's id and version so that it can be edited offline and uploaded back. Served to the API and to
 * the sheet page alike.
 */
public final class SheetWorkbookDownload {

    private SheetWorkbookDownload() {
    }

    public static ResponseEntity<byte[]> of(SheetView view) {
        byte[] workbook = SheetWorkbook.write(SheetExport.toDocument(view),
                new SheetWorkbook.Origin(view.sheetId, view.version));
        String fileName = view.municipality.name() + "_成果目標" + view.outcomeTarget.number() + "_"
                + FiscalYear.of(view.period.firstFiscalYear()).eraLabel() + "-"
                + FiscalYear.of(view.period.lastFiscalYear()).eraLabel() + "_v" + view.version + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SheetWorkbook.CONTENT_TYPE))
                .eTag("\"" + view.version + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }
}
