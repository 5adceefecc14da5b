package jp.pdcaledger.workbook;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed sheet written as a workbook in the published layout, and read back as the same document. */
class SheetWorkbookTest {

    static PdcaSheetDocument seed() {
        return fixture("kitakyushu-5th-outcome3.json");
    }

    /** A prefecture's sheet with what real sheets hold beyond the seed (DOMAIN.md): kinds, baselines, indicators. */
    static PdcaSheetDocument beyondTheSeed() {
        return fixture("prefecture-beyond-the-seed.json");
    }

    private static PdcaSheetDocument fixture(String name) {
        try (InputStream in = SheetWorkbookTest.class.getResourceAsStream("/fixtures/" + name)) {
            return JsonMapper.builder().build().readValue(in, PdcaSheetDocument.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    @Test
    void the_seed_written_and_read_back_is_the_same_document() {
        PdcaSheetDocument seed = seed();

        SheetWorkbook.Read read = SheetWorkbook.read(SheetWorkbook.write(seed, new SheetWorkbook.Origin("s-1", 16L)));

        assertThat(read.document()).isEqualTo(seed);
        assertThat(read.origin()).isEqualTo(new SheetWorkbook.Origin("s-1", 16L));
    }

    @Test
    void a_sheet_beyond_the_seed_written_and_read_back_is_the_same_document() {
        PdcaSheetDocument sheet = beyondTheSeed();

        assertThat(SheetWorkbook.read(SheetWorkbook.write(sheet, new SheetWorkbook.Origin("s-2", 40L))).document())
                .isEqualTo(sheet);
    }

    @Test
    void a_combined_progress_table_without_an_outcome_number_prints_its_title_alone_and_reads_back_the_same()
            throws IOException {
        PdcaSheetDocument sheet = beyondTheSeed();
        PdcaSheetDocument combined = new PdcaSheetDocument(sheet.format(), sheet.municipality(), sheet.planTitles(),
                sheet.period(), sheet.department(), sheet.councilName(),
                new PdcaSheetDocument.OutcomeTarget(null, "進捗状況の総括"), sheet.targets(), sheet.activityIndicators(),
                sheet.fiscalYears());

        byte[] written = SheetWorkbook.write(combined, new SheetWorkbook.Origin("s-3", 12L));

        assertThat(SheetWorkbook.read(written).document()).isEqualTo(combined);
        try (XSSFWorkbook workbook = open(written)) {
            List<String> texts = texts(workbook.getSheet("目標等の管理シート"));
            assertThat(texts).contains("進捗状況の総括");
            assertThat(String.join("\n", texts)).doesNotContain("null").doesNotContain("ｎｕｌｌ");
        }
    }

    @Test
    void actuals_recorded_in_another_order_than_the_targets_read_back_in_the_order_they_were_recorded() {
        PdcaSheetDocument sheet = beyondTheSeed();
        List<PdcaSheetDocument.FiscalYear> years = new ArrayList<>(sheet.fiscalYears());
        PdcaSheetDocument.FiscalYear first = years.get(0);
        List<PdcaSheetDocument.Actual> reversed = new ArrayList<>(first.actuals());
        java.util.Collections.reverse(reversed);
        years.set(0, new PdcaSheetDocument.FiscalYear(first.fiscalYear(), reversed, first.activityActuals(),
                first.evaluation(), first.councilOpinions(), first.noCouncilOpinion(), first.improvement()));
        PdcaSheetDocument recordedLastTargetFirst = new PdcaSheetDocument(sheet.format(), sheet.municipality(),
                sheet.planTitles(), sheet.period(), sheet.department(), sheet.councilName(), sheet.outcomeTarget(),
                sheet.targets(), sheet.activityIndicators(), years);
        assertThat(reversed.get(0).target()).isNotEqualTo(sheet.targets().get(0).key());

        assertThat(SheetWorkbook.read(SheetWorkbook.write(recordedLastTargetFirst, null)).document())
                .isEqualTo(recordedLastTargetFirst);
    }

    @Test
    void every_value_and_sentence_of_the_seed_is_in_a_cell_of_the_page() throws IOException {
        PdcaSheetDocument seed = seed();

        try (XSSFWorkbook workbook = open(SheetWorkbook.write(seed, null))) {
            XSSFSheet page = workbook.getSheet("目標等の管理シート");
            String all = String.join("\n", texts(page));

            assertThat(all).contains("第５期北九州市障害福祉計画・第１期北九州市障害児福祉計画の", "目標等の管理シート",
                    "担当部局", "保健福祉局 障害福祉部", "成果目標", "（３）地域生活支援拠点等の整備",
                    "計画（Ｐ）→実施（Ｄ）", "○令和２年度末までの目標値", "地域生活支援拠点又は面的な体制",
                    "【目標設定の考え方】", seed.targets().get(0).rationale(), "○実施状況[各年度３月末現在]",
                    "H30", "R1", "R2", "活動指標", "評価（Ｃ）→改善（Ａ）", "Ｈ３０年度", "Ｒ１年度", "Ｒ２年度", "特になし");
            for (PdcaSheetDocument.FiscalYear year : seed.fiscalYears()) {
                assertThat(all).contains(year.evaluation(), year.improvement());
                year.councilOpinions().forEach(opinion -> assertThat(all).contains("・" + opinion));
            }
        }
    }

    @Test
    void the_target_and_the_actuals_are_numbers_shown_with_their_unit() throws IOException {
        try (XSSFWorkbook workbook = open(SheetWorkbook.write(seed(), null))) {
            XSSFSheet page = workbook.getSheet("目標等の管理シート");
            List<XSSFCell> numbers = new ArrayList<>();
            page.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers.add((XSSFCell) cell);
                }
            }));

            assertThat(numbers).extracting(Cell::getNumericCellValue).containsExactly(1.0, 0.0, 0.0, 1.0);
            assertThat(numbers).allSatisfy(cell -> assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("General\"箇所\""));
        }
    }

    @Test
    void the_page_prints_on_a4_portrait_fitted_to_its_width_in_a_japanese_font() throws IOException {
        try (XSSFWorkbook workbook = open(SheetWorkbook.write(seed(), null))) {
            XSSFSheet page = workbook.getSheet("目標等の管理シート");

            assertThat(page.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(page.getPrintSetup().getLandscape()).isFalse();
            assertThat(page.getFitToPage()).isTrue();
            assertThat(page.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(page.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(workbook.getFontAt(page.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("ＭＳ 明朝");
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("pdca"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(workbook.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void headings_vertical_labels_and_prose_are_merged_and_prose_wraps() throws IOException {
        try (XSSFWorkbook workbook = open(SheetWorkbook.write(seed(), null))) {
            XSSFSheet page = workbook.getSheet("目標等の管理シート");
            List<String> merged = page.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
            SheetWorkbook.Read read = SheetWorkbook.read(SheetWorkbook.write(seed(), null));
            String evaluation = read.cells().evaluationCell(2019);
            int row = new CellReference(evaluation).getRow();

            assertThat(merged).contains("A1:H1", "A2:H2", "A4:B4", "C4:H4",
                    evaluation + ":H" + (row + 1), "A" + (row + 1) + ":A" + (row + 3), "B" + (row + 1) + ":B" + (row + 3));
            XSSFCell prose = page.getRow(row).getCell(3);
            assertThat(prose.getStringCellValue()).isEqualTo(seed().fiscalYears().get(1).evaluation());
            assertThat(prose.getCellStyle().getWrapText()).isTrue();
            assertThat(page.getRow(row).getHeightInPoints()).as("tall enough for its lines").isGreaterThan(60);
            assertThat(page.getRow(row).getCell(0).getCellStyle().getRotation()).isEqualTo((short) 255);
        }
    }

    @Test
    void an_edited_workbook_reads_back_with_the_new_actual_and_evaluation() throws IOException {
        PdcaSheetDocument plan = withYears(seed(), List.of(seed().fiscalYears().get(0)));
        byte[] exported = SheetWorkbook.write(plan, new SheetWorkbook.Origin("s-1", 7L));
        SheetLayout cells = SheetWorkbook.read(exported).cells();

        byte[] edited = edit(exported, cells.actualCell(2019, "support-bases"), 2, cells.evaluationCell(2019), "進んでいます。");
        PdcaSheetDocument read = SheetWorkbook.read(edited).document();

        assertThat(read.fiscalYears()).hasSize(2);
        assertThat(read.fiscalYears().get(1)).isEqualTo(new PdcaSheetDocument.FiscalYear(2019,
                List.of(new PdcaSheetDocument.Actual("support-bases", new BigDecimal("2"), null)), List.of(),
                "進んでいます。", List.of(), false, null));
    }

    @Test
    void an_opinion_of_several_lines_stays_one_opinion() {
        List<String> opinions = List.of("一行目\n二行目", "二つ目");
        String text = SheetWorkbook.opinionsText(new PdcaSheetDocument.FiscalYear(2019, List.of(), List.of(), "x",
                opinions, false, null));

        assertThat(SheetWorkbook.opinionsOf(text)).isEqualTo(opinions);
    }

    @Test
    void a_word_where_a_number_belongs_is_refused_naming_its_cell() throws IOException {
        byte[] exported = SheetWorkbook.write(seed(), null);
        String cell = SheetWorkbook.read(exported).cells().actualCell(2020, "support-bases");

        byte[] edited = set(exported, cell, c -> c.setCellValue("一箇所"));

        assertThat(refusal(edited)).containsExactly(cell + ": 数値ではありません（「一箇所」）");
    }

    @Test
    void a_formula_where_a_value_belongs_is_refused_naming_its_cell() throws IOException {
        byte[] exported = SheetWorkbook.write(seed(), null);
        String cell = SheetWorkbook.read(exported).cells().actualCell(2020, "support-bases");

        byte[] edited = set(exported, cell, c -> c.setCellFormula("1+1"));

        assertThat(refusal(edited)).containsExactly(cell + ": 数式ではなく値を入力してください（1+1）");
    }

    @Test
    void a_changed_heading_or_target_is_refused_naming_its_cell() throws IOException {
        byte[] exported = SheetWorkbook.write(seed(), null);

        byte[] edited = set(set(exported, "C4", c -> c.setCellValue("こども家庭局")), "D9", c -> c.setCellValue(2));

        assertThat(refusal(edited)).extracting(error -> error.substring(0, error.indexOf(':')))
                .containsExactly("C4", "D9");
    }

    @Test
    void a_workbook_without_our_hidden_sheet_is_not_ours() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            book.createSheet("目標等の管理シート").createRow(0).createCell(0).setCellValue("第５期");
            book.write(out);

            assertThat(refusal(out.toByteArray())).containsExactly(
                    "pdca!B1: このサービスが書き出したブックではありません（pdca-sheet/v1 の印がありません）");
        }
    }

    @Test
    void bytes_that_are_no_workbook_are_refused_as_a_file() {
        assertThat(refusal("format,pdca-sheet/v1".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .containsExactly("ファイル: Excel ブック（.xlsx）ではありません");
    }

    @Test
    void a_worksheet_the_layout_does_not_define_is_never_read() {
        PdcaSheetDocument seed = seed();
        byte[] withNotes = HostileWorkbooks.withExtraSheet(SheetWorkbook.write(seed, new SheetWorkbook.Origin("s-1", 16L)),
                "notes", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row");

        SheetWorkbook.Read read = SheetWorkbook.read(withNotes);

        assertThat(read.document()).isEqualTo(seed);
        assertThat(read.origin()).isEqualTo(new SheetWorkbook.Origin("s-1", 16L));
    }

    @Test
    void a_workbook_whose_parts_add_up_past_the_inflated_limit_is_refused_though_each_is_within_pois_guards() {
        byte[] padded = HostileWorkbooks.padded(SheetWorkbook.write(seed(), null), 18L << 20,
                "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml");

        assertThat(padded.length).as("zipped").isLessThan(SheetWorkbook.MAX_BYTES);
        assertThat(refusal(padded)).singleElement().asString()
                .startsWith("ファイル: 展開すると上限（" + SheetWorkbook.MAX_INFLATED_BYTES + " バイト）を超えるため読めません");
    }

    @Test
    void the_inflated_limit_counts_what_inflates_not_what_the_zip_says() {
        byte[] understated = HostileWorkbooks.understated(HostileWorkbooks.padded(SheetWorkbook.write(seed(), null),
                18L << 20, "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"));

        assertThat(refusal(understated)).singleElement().asString()
                .startsWith("ファイル: 展開すると上限（" + SheetWorkbook.MAX_INFLATED_BYTES + " バイト）を超えるため読めません");
    }

    private static List<String> refusal(byte[] workbook) {
        try {
            SheetWorkbook.read(workbook);
        } catch (InvalidWorkbookException refused) {
            return refused.errors().stream().map(Object::toString).toList();
        }
        throw new AssertionError("the workbook was read, not refused");
    }

    static byte[] set(byte[] workbook, String reference, java.util.function.Consumer<Cell> change) throws IOException {
        try (XSSFWorkbook book = open(workbook); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            CellReference ref = new CellReference(reference);
            Row row = book.getSheet("目標等の管理シート").getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            change.accept(cell);
            book.write(out);
            return out.toByteArray();
        }
    }

    static PdcaSheetDocument withYears(PdcaSheetDocument document, List<PdcaSheetDocument.FiscalYear> years) {
        return new PdcaSheetDocument(document.format(), document.municipality(), document.planTitles(),
                document.period(), document.department(), document.councilName(), document.outcomeTarget(),
                document.targets(), document.activityIndicators(), years);
    }

    static byte[] edit(byte[] workbook, String numberCell, double number, String textCell, String text) throws IOException {
        try (XSSFWorkbook book = open(workbook); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            XSSFSheet page = book.getSheet("目標等の管理シート");
            CellReference numberRef = new CellReference(numberCell);
            page.getRow(numberRef.getRow()).getCell(numberRef.getCol()).setCellValue(number);
            CellReference textRef = new CellReference(textCell);
            page.getRow(textRef.getRow()).getCell(textRef.getCol()).setCellValue(text);
            book.write(out);
            return out.toByteArray();
        }
    }
}
