package jp.pdcaledger.query.web;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
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

    private static final int TITLE_IN_FILE_NAME = 40;

    private SheetWorkbookDownload() {
    }

    /** {@code document}: the sheet's document at the view's version ({@code SheetHistory.document}). */
    public static ResponseEntity<byte[]> of(SheetView view, PdcaSheetDocument document) {
        byte[] workbook = SheetWorkbook.write(document,
                new SheetWorkbook.Origin(view.sheetId, view.version));
        String fileName = view.municipality.name() + "_" + outcome(view.outcomeTarget) + "_"
                + FiscalYear.of(view.period.firstFiscalYear()).eraLabel() + "-"
                + FiscalYear.of(view.period.lastFiscalYear()).eraLabel() + "_v" + view.version + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SheetWorkbook.CONTENT_TYPE))
                .eTag("\"" + view.version + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }

    /**
     * 成果目標3, or for a combined progress table its title, as much of it as a file name takes: characters a file
     * system refuses, and line ends, become underscores.
     */
    private static String outcome(SheetView.OutcomeTarget outcomeTarget) {
        if (outcomeTarget.number() != null) {
            return "成果目標" + outcomeTarget.number();
        }
        String title = outcomeTarget.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return title.codePointCount(0, title.length()) <= TITLE_IN_FILE_NAME ? title
                : title.substring(0, title.offsetByCodePoints(0, TITLE_IN_FILE_NAME));
    }
}
