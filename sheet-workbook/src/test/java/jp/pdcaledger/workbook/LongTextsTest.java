package jp.pdcaledger.workbook;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static jp.pdcaledger.workbook.SheetWorkbookTest.open;
import static jp.pdcaledger.workbook.SheetWorkbookTest.seed;
import static jp.pdcaledger.workbook.SheetWorkbookTest.withYears;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events are forever, so the workbook is written from whatever a sheet holds (issue 20, item 4): a text longer than
 * a cell's 32,767 characters goes on over rows below its cell, a unit, a title or a number no cell or number format
 * can hold is shown as far as it can be, and the export never fails. Texts of the sizes the ledger accepts now keep
 * the layout the reader knows.
 */
class LongTextsTest {

    /**
     * {@code length} characters of kanji that do not repeat as a run of one character would: such a run compresses
     * a thousand-fold, which the reader (rightly) takes for a zip bomb, and no sheet is written like that.
     */
    static String prose(int length, int seed) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(0x4E00 + (int) ((i * 7_919L + seed * 104_729L) % 20_000));
        }
        return text.toString();
    }

    /** The same outside the BMP (𠀀…), two UTF-16 units a character. */
    static String supplementary(int length) {
        StringBuilder text = new StringBuilder(2 * length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(0x20000 + (int) ((i * 7_919L) % 20_000));
        }
        return text.toString();
    }

    private static PdcaSheetDocument.FiscalYear year(PdcaSheetDocument.FiscalYear year, String evaluation,
                                                     List<String> opinions, String improvement) {
        return new PdcaSheetDocument.FiscalYear(year.fiscalYear(), year.actuals(), year.activityActuals(), evaluation,
                opinions, false, improvement);
    }

    /** The seed with FY2019 replaced: what a stream stored before the year's opinions were bounded could hold. */
    private static PdcaSheetDocument withFy2019(String evaluation, List<String> opinions, String improvement) {
        List<PdcaSheetDocument.FiscalYear> years = new ArrayList<>(seed().fiscalYears());
        years.set(1, year(years.get(1), evaluation, opinions, improvement));
        return withYears(seed(), years);
    }

    /** The value column's text of the rows {@code first}..{@code last}, one string a row. */
    private static List<String> column(XSSFSheet page, int first, int last) {
        List<String> texts = new ArrayList<>();
        for (int row = first; row <= last; row++) {
            Row cells = page.getRow(row);
            Cell cell = cells == null ? null : cells.getCell(SheetLayout.FIRST_VALUE_COLUMN);
            texts.add(cell == null ? null : cell.getStringCellValue());
        }
        return texts;
    }

    @Test
    void two_opinions_of_17000_characters_go_on_over_a_second_row_and_the_year_stays_whole() throws IOException {
        List<String> opinions = List.of(prose(17_000, 1), prose(17_000, 2));
        PdcaSheetDocument document = withFy2019("評価", opinions, "改善");
        SheetLayout layout = new SheetLayout(document);

        try (XSSFWorkbook workbook = open(SheetWorkbook.write(document, null))) {
            XSSFSheet page = workbook.getSheet(SheetWorkbook.SHEET_NAME);
            int opinionsRow = layout.opinionsRow(2019);

            assertThat(layout.improvementRow(2019)).isEqualTo(opinionsRow + 2);
            assertThat(column(page, opinionsRow, opinionsRow + 1)).containsExactly("・" + opinions.get(0), "・" + opinions.get(1));
            assertThat(column(page, layout.improvementRow(2019), layout.improvementRow(2019))).containsExactly("改善");
            assertThat(column(page, layout.evaluationRow(2020), layout.evaluationRow(2020)))
                    .containsExactly(seed().fiscalYears().get(2).evaluation());
            List<String> merged = page.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
            int first = layout.evaluationRow(2019) + 1;
            assertThat(merged).as("the label beside the opinions and the year's labels span the rows they go on over")
                    .contains("C" + (opinionsRow + 1) + ":C" + (opinionsRow + 2), "A" + first + ":A" + (first + 3),
                            "B" + first + ":B" + (first + 3));
            for (int row = layout.evaluationRow(2019); row <= layout.reviewLastRow(2019); row++) {
                assertThat(page.getRow(row).getHeightInPoints()).as("a row a spreadsheet opens").isLessThanOrEqualTo(409);
            }
        }
    }

    @Test
    void a_text_of_characters_outside_the_bmp_longer_than_a_cell_goes_on_without_splitting_a_character() throws IOException {
        String evaluation = supplementary(20_000);
        PdcaSheetDocument document = withFy2019(evaluation, List.of("意見"), "改善");
        SheetLayout layout = new SheetLayout(document);

        try (XSSFWorkbook workbook = open(SheetWorkbook.write(document, null))) {
            List<String> rows = column(workbook.getSheet(SheetWorkbook.SHEET_NAME), layout.evaluationRow(2019),
                    layout.opinionsRow(2019) - 1);

            assertThat(rows).hasSize(2).allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(32_767));
            assertThat(String.join("", rows)).isEqualTo(evaluation);
        }
    }

    @Test
    void texts_of_the_sizes_the_ledger_accepts_keep_the_layout_the_reader_knows() throws IOException {
        // a year's opinions at their bound (32,767 characters with their marks and line breaks), the other texts at theirs
        List<String> opinions = List.of(prose(20_000, 1), prose(32_767 - 20_001 - 2, 2));
        PdcaSheetDocument document = withFy2019(prose(20_000, 3), opinions, prose(20_000, 4));

        assertThat(new SheetLayout(document).lastRow).isEqualTo(new SheetLayout(withYears(seed(), List.of())).lastRow);
        assertThat(SheetWorkbook.read(SheetWorkbook.write(document, null)).document()).isEqualTo(document);
    }

    @Test
    void a_workbook_whose_text_went_on_over_rows_is_refused_on_upload_rather_than_misread() {
        byte[] exported = SheetWorkbook.write(withFy2019("評価", List.of(prose(17_000, 1), prose(17_000, 2)), "改善"),
                null);

        assertThatThrownBy(() -> SheetWorkbook.read(exported)).isInstanceOf(InvalidWorkbookException.class);
    }

    @Test
    void more_units_than_a_workbook_has_number_formats_and_a_unit_too_long_for_one_are_still_written() throws IOException {
        PdcaSheetDocument seed = seed();
        List<PdcaSheetDocument.Target> targets = new ArrayList<>(seed.targets());
        PdcaSheetDocument.Target model = seed.targets().get(0);
        IntStream.range(0, 260).forEach(i -> targets.add(new PdcaSheetDocument.Target("unit-" + i, model.name(), "NUMERIC",
                i == 0 ? prose(500, 0) : "単位" + i, model.baseline(), BigDecimal.valueOf(i), model.deadlineFiscalYear(),
                model.direction(), model.cumulative(), model.note(), model.rationale())));
        PdcaSheetDocument many = new PdcaSheetDocument(seed.format(), seed.municipality(), seed.planTitles(),
                seed.period(), seed.department(), seed.councilName(), seed.outcomeTarget(), targets,
                seed.activityIndicators(), seed.fiscalYears());

        try (XSSFWorkbook workbook = open(SheetWorkbook.write(many, null))) {
            assertThat(workbook.getSheet(SheetWorkbook.SHEET_NAME).getLastRowNum()).isGreaterThan(260 * 6);
        }
    }

    @Test
    void a_baseline_of_a_magnitude_no_sheet_means_and_a_title_of_many_plans_are_still_written() throws IOException {
        PdcaSheetDocument seed = seed();
        PdcaSheetDocument.Target model = seed.targets().get(0);
        PdcaSheetDocument.Target absurd = new PdcaSheetDocument.Target(model.key(), model.name(), "NUMERIC", model.unit(),
                new PdcaSheetDocument.Baseline(new BigDecimal("1E+999999999"), 2016), new BigDecimal("1E+400"),
                model.deadlineFiscalYear(), model.direction(), model.cumulative(), model.note(), model.rationale());
        List<String> titles = IntStream.range(0, 70).mapToObj(i -> prose(500, i)).toList();
        PdcaSheetDocument stored = new PdcaSheetDocument(seed.format(), seed.municipality(), titles, seed.period(),
                seed.department(), seed.councilName(), seed.outcomeTarget(), List.of(absurd), List.of(), List.of());

        try (XSSFWorkbook workbook = open(SheetWorkbook.write(stored, null))) {
            XSSFSheet page = workbook.getSheet(SheetWorkbook.SHEET_NAME);
            assertThat(page.getRow(0).getCell(0).getStringCellValue()).hasSizeLessThanOrEqualTo(32_767).endsWith("…");
            assertThat(page.getRow(new SheetLayout(stored).deadlineRow[0]).getCell(SheetLayout.ITEM_COLUMN)
                    .getStringCellValue()).contains("1E+999999999");
        }
    }
}
