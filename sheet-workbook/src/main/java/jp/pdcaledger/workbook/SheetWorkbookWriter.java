package jp.pdcaledger.workbook;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.NumberLimits;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Lays a {@code pdca-sheet/v1} document out as the published sheet, on an A4 portrait page. */
final class SheetWorkbookWriter {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** A cell holds at most 32,767 characters; the plan's JSON is split over as many cells as it needs. */
    static final int JSON_CHUNK = 30_000;
    private static final double POINTS_PER_LINE = 13.5;
    /** The tallest row a spreadsheet takes (409 points); a taller one is refused when the file is opened. */
    private static final float MAX_ROW_POINTS = 409;
    /**
     * Each unit becomes a number format (１箇所 prints as 1箇所), and a workbook holds at most 250 of them (POI refuses
     * the next), each at most 255 characters: past these, a number is shown without its unit rather than not at all.
     */
    private static final int MAX_UNIT_FORMATS = 200;
    private static final int MAX_UNIT_IN_FORMAT = 100;

    private final PdcaSheetDocument document;
    private final SheetLayout layout;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final XSSFSheet sheet;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<String, CellStyle> numberStyles = new HashMap<>();

    private SheetWorkbookWriter(PdcaSheetDocument document) {
        this.document = document;
        this.layout = new SheetLayout(document);
        this.sheet = workbook.createSheet(SheetWorkbook.SHEET_NAME);
    }

    static XSSFWorkbook write(PdcaSheetDocument document, SheetWorkbook.Origin origin) {
        SheetWorkbookWriter writer = new SheetWorkbookWriter(document);
        writer.page();
        writer.header();
        writer.plan();
        for (int fiscalYear : writer.layout.fiscalYears) {
            writer.review(fiscalYear, writer.yearOf(fiscalYear));
        }
        writer.origin(origin);
        // last, so that the page and the hidden sheet keep their places (sheet1, sheet2) in every workbook
        ResponsesSheet.write(writer.workbook, document);
        writer.workbook.setActiveSheet(0);
        return writer.workbook;
    }

    private PdcaSheetDocument.FiscalYear yearOf(int fiscalYear) {
        return document.fiscalYears().stream().filter(year -> year.fiscalYear() == fiscalYear).findFirst()
                .orElse(null);
    }

    private void page() {
        sheet.setColumnWidth(SheetLayout.SECTION_COLUMN, 5 * 256);
        sheet.setColumnWidth(SheetLayout.SUB_SECTION_COLUMN, 6 * 256);
        sheet.setColumnWidth(SheetLayout.ITEM_COLUMN, 22 * 256);
        for (int column = SheetLayout.FIRST_VALUE_COLUMN; column <= layout.lastColumn; column++) {
            sheet.setColumnWidth(column, 13 * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        workbook.setPrintArea(0, 0, layout.lastColumn, 0, layout.lastRow);
        workbook.getProperties().getCoreProperties().setTitle(title() + " " + SheetWorkbook.HEADING);
    }

    private String title() {
        return String.join("・", document.planTitles()) + "の";
    }

    private void header() {
        text(layout.titleRow, 0, layout.lastColumn, title(), style("title"));
        text(layout.headingRow, 0, layout.lastColumn, SheetWorkbook.HEADING, style("heading"));
        sheet.getRow(layout.headingRow).setHeightInPoints(24);
        text(layout.departmentRow, 0, SheetLayout.SUB_SECTION_COLUMN, "担当部局", style("label"));
        text(layout.departmentRow, SheetLayout.ITEM_COLUMN, layout.lastColumn, document.department(), style("text"));
        text(layout.outcomeRow, 0, SheetLayout.SUB_SECTION_COLUMN, "成果目標", style("label"));
        // a combined progress table has no number: its title alone, as it is printed
        Integer number = document.outcomeTarget().number();
        text(layout.outcomeRow, SheetLayout.ITEM_COLUMN, layout.lastColumn, (number == null ? ""
                : "（" + fullWidth(number) + "）") + document.outcomeTarget().title(), style("text"));
    }

    private void plan() {
        List<PdcaSheetDocument.Target> targets = document.targets();
        int last = layout.lastColumn;
        int value = SheetLayout.FIRST_VALUE_COLUMN;
        for (int i = 0; i < targets.size(); i++) {
            PdcaSheetDocument.Target target = targets.get(i);
            text(layout.deadlineRow[i], SheetLayout.ITEM_COLUMN, last, deadlineLine(target), style("text"));
            text(layout.targetRow[i], SheetLayout.ITEM_COLUMN, SheetLayout.ITEM_COLUMN, target.name(), style("wrap"));
            if (SheetWorkbook.QUALITATIVE.equals(target.kind())) {
                text(layout.targetRow[i], value, value, target.goalText(), style("wrap"));
            } else if (target.targetValue() != null) {
                number(layout.targetRow[i], value, target.targetValue(), target.unit());
            } else {
                text(layout.targetRow[i], value, value, "NUMERIC".equals(target.kind()) ? null
                        : "REFERENCE".equals(target.kind()) ? "（参考）" : "数値目標は設定しない", style("wrap"));
            }
            text(layout.targetRow[i], value + 1, last, target.note(), style("wrap"));
            text(layout.rationaleLabelRow[i], SheetLayout.ITEM_COLUMN, last, "【目標設定の考え方】", style("text"));
            prose(layout.rationaleRow[i], SheetLayout.ITEM_COLUMN, target.rationale());
        }
        text(layout.actualsHeadingRow, SheetLayout.ITEM_COLUMN, last, "○実施状況[各年度３月末現在]", style("text"));
        yearLabels(layout.actualsYearsRow, "");
        for (int i = 0; i < targets.size(); i++) {
            PdcaSheetDocument.Target target = targets.get(i);
            text(layout.actualRow[i], SheetLayout.ITEM_COLUMN, SheetLayout.ITEM_COLUMN, target.name(), style("wrap"));
            text(layout.actualNoteRow[i], SheetLayout.ITEM_COLUMN, SheetLayout.ITEM_COLUMN, "　備考", style("wrap"));
            if (SheetWorkbook.QUALITATIVE.equals(target.kind())) {
                statuses(layout.actualRow[i], target.key());
                continue;
            }
            actuals(layout.actualRow[i], target.key(), target.unit(), PdcaSheetDocument.FiscalYear::actuals,
                    PdcaSheetDocument.Actual::target, PdcaSheetDocument.Actual::value,
                    actual -> SheetWorkbook.noteCell(actual.asOf(), actual.note()));
        }
        if (layout.fiscalYears.size() + SheetLayout.FIRST_VALUE_COLUMN <= last) {
            blank(layout.actualsYearsRow, layout.targetsLastRow, SheetLayout.FIRST_VALUE_COLUMN + layout.fiscalYears.size(), last);
        }
        vertical(layout.planFirstRow, layout.targetsLastRow, SheetLayout.SUB_SECTION_COLUMN, "目標値");
        indicators();
        vertical(layout.planFirstRow, layout.planLastRow, SheetLayout.SECTION_COLUMN, "計画（Ｐ）→実施（Ｄ）");
    }

    private void indicators() {
        List<PdcaSheetDocument.ActivityIndicator> indicators = document.activityIndicators();
        yearLabels(layout.indicatorsHeadingRow, "（内容）");
        for (int i = 0; i < indicators.size(); i++) {
            PdcaSheetDocument.ActivityIndicator indicator = indicators.get(i);
            text(layout.plannedRow[i], SheetLayout.ITEM_COLUMN, SheetLayout.ITEM_COLUMN,
                    indicator.name() + "（見込量）", style("wrap"));
            text(layout.indicatorActualRow[i], SheetLayout.ITEM_COLUMN, SheetLayout.ITEM_COLUMN,
                    indicator.name() + "（実績）", style("wrap"));
            text(layout.indicatorNoteRow[i], SheetLayout.ITEM_COLUMN, SheetLayout.ITEM_COLUMN, "　備考", style("wrap"));
            for (int fiscalYear : layout.fiscalYears) {
                BigDecimal planned = indicator.planned().stream().filter(p -> p.fiscalYear() == fiscalYear)
                        .map(PdcaSheetDocument.Planned::value).findFirst().orElse(null);
                number(layout.plannedRow[i], layout.yearColumn(fiscalYear), planned, indicator.unit());
            }
            actuals(layout.indicatorActualRow[i], indicator.key(), indicator.unit(),
                    PdcaSheetDocument.FiscalYear::activityActuals, PdcaSheetDocument.ActivityActual::indicator,
                    PdcaSheetDocument.ActivityActual::value,
                    actual -> SheetWorkbook.noteCell(actual.asOf(), actual.note()));
        }
        int first = layout.indicatorsHeadingRow;
        if (layout.fiscalYears.size() + SheetLayout.FIRST_VALUE_COLUMN <= layout.lastColumn) {
            blank(first, layout.planLastRow, SheetLayout.FIRST_VALUE_COLUMN + layout.fiscalYears.size(), layout.lastColumn);
        }
        vertical(first, layout.planLastRow, SheetLayout.SUB_SECTION_COLUMN, "活動指標");
        if (indicators.isEmpty()) {
            // One row under a vertical label of four characters: tall enough to print them.
            sheet.getRow(first).setHeightInPoints((float) (4 * POINTS_PER_LINE + 6));
        }
    }

    /**
     * A row of values per fiscal year and the row of notes under it (with the as-of date of a value dated other than
     * 31 March), for a target or an activity indicator.
     */
    private <A> void actuals(int row, String key, String unit, Function<PdcaSheetDocument.FiscalYear, List<A>> actualsOf,
                             Function<A, String> keyOf, Function<A, BigDecimal> valueOf, Function<A, String> noteOf) {
        for (int fiscalYear : layout.fiscalYears) {
            int column = layout.yearColumn(fiscalYear);
            PdcaSheetDocument.FiscalYear year = yearOf(fiscalYear);
            A actual = year == null ? null : actualsOf.apply(year).stream()
                    .filter(a -> key.equals(keyOf.apply(a))).findFirst().orElse(null);
            if (actual != null && valueOf.apply(actual) == null) {
                text(row, column, column, SheetWorkbook.NOT_REPORTED, style("value"));
            } else {
                number(row, column, actual == null ? null : valueOf.apply(actual), unit);
            }
            text(row + 1, column, column, actual == null ? null : noteOf.apply(actual), style("note"));
        }
    }

    /**
     * A target stated in words: per fiscal year its status (未着手・取組中・達成, chosen from a drop-down list) in the
     * value cell, and under it the date it was achieved ({@code 2021-04-01 達成}) before the note.
     */
    private void statuses(int row, String key) {
        for (int fiscalYear : layout.fiscalYears) {
            int column = layout.yearColumn(fiscalYear);
            PdcaSheetDocument.FiscalYear year = yearOf(fiscalYear);
            PdcaSheetDocument.Actual actual = year == null ? null : year.actuals().stream()
                    .filter(a -> key.equals(a.target())).findFirst().orElse(null);
            text(row, column, column, actual == null ? null : SheetWorkbook.statusCell(actual.status()), style("value"));
            text(row + 1, column, column, actual == null ? null
                    : SheetWorkbook.qualitativeNoteCell(actual.achievedOn(), actual.asOf(), actual.note()), style("note"));
        }
        DataValidationHelper validation = sheet.getDataValidationHelper();
        DataValidation list = validation.createValidation(validation.createExplicitListConstraint(
                java.util.Arrays.stream(jp.pdcaledger.kernel.sheet.QualitativeStatus.values())
                        .map(jp.pdcaledger.kernel.sheet.QualitativeStatus::label).toArray(String[]::new)),
                new CellRangeAddressList(row, row, SheetLayout.FIRST_VALUE_COLUMN,
                        SheetLayout.FIRST_VALUE_COLUMN + layout.fiscalYears.size() - 1));
        list.setShowErrorBox(true);
        list.createErrorBox("状況", "未着手・取組中・達成 から選んでください");
        sheet.addValidationData(list);
    }

    private void review(int fiscalYear, PdcaSheetDocument.FiscalYear year) {
        int first = layout.reviewFirstRow(fiscalYear);
        if (layout.graded()) {
            grade(layout.gradeRow(fiscalYear), year == null ? null : year.grade());
        }
        int evaluation = layout.evaluationRow(fiscalYear);
        int opinions = layout.opinionsRow(fiscalYear);
        int improvement = layout.improvementRow(fiscalYear);
        int last = layout.reviewLastRow(fiscalYear);
        label(evaluation, opinions - 1, "評価（Ｃ）\n【目標等を踏まえた評価、改善方策】");
        prose(evaluation, SheetLayout.FIRST_VALUE_COLUMN, year == null ? null : year.evaluation());
        label(opinions, improvement - 1, "協議会等意見\n【評価等に対する意見】");
        prose(opinions, SheetLayout.FIRST_VALUE_COLUMN, year == null ? null : SheetWorkbook.opinionsText(year));
        label(improvement, last, "改善（Ａ）\n【次年度における取組等】");
        prose(improvement, SheetLayout.FIRST_VALUE_COLUMN, year == null ? null : year.improvement());
        vertical(first, last, SheetLayout.SECTION_COLUMN, "評価（Ｃ）→改善（Ａ）");
        vertical(first, last, SheetLayout.SUB_SECTION_COLUMN,
                fullWidth(FiscalYear.of(fiscalYear).eraLabel()) + "年度");
    }

    /**
     * The evaluation's grade: its code in the first value cell, chosen from a drop-down list of the scale's codes
     * where a list can hold them, and the scale itself beside it (A 目標以上／B 目標どおり …), as sheets print it.
     */
    private void grade(int row, String grade) {
        text(row, SheetLayout.ITEM_COLUMN, SheetLayout.ITEM_COLUMN, "評価の区分", style("wrap"));
        text(row, SheetLayout.FIRST_VALUE_COLUMN, SheetLayout.FIRST_VALUE_COLUMN, grade, style("label"));
        List<PdcaSheetDocument.Grade> scale = document.gradeScale();
        text(row, SheetLayout.FIRST_VALUE_COLUMN + 1, layout.lastColumn, SheetWorkbook.gradeLegend(scale), style("wrap"));
        String[] codes = scale.stream().map(PdcaSheetDocument.Grade::code).toArray(String[]::new);
        // an explicit list holds at most 255 characters and takes no comma or quote in an item
        if (String.join(",", codes).length() <= 255
                && java.util.Arrays.stream(codes).noneMatch(code -> code.contains(",") || code.contains("\""))) {
            DataValidationHelper validation = sheet.getDataValidationHelper();
            DataValidation list = validation.createValidation(validation.createExplicitListConstraint(codes),
                    new CellRangeAddressList(row, row, SheetLayout.FIRST_VALUE_COLUMN, SheetLayout.FIRST_VALUE_COLUMN));
            list.setShowErrorBox(true);
            list.setErrorStyle(DataValidation.ErrorStyle.STOP);
            list.createErrorBox("評価の区分", "区分の記号から選んでください");
            sheet.addValidationData(list);
        }
    }

    /** The item label of a part of the review, merged down over the rows the part's text goes on to. */
    private void label(int firstRow, int lastRow, String value) {
        text(firstRow, SheetLayout.ITEM_COLUMN, SheetLayout.ITEM_COLUMN, value, style("wrap"));
        for (int row = firstRow + 1; row <= lastRow; row++) {
            cell(row, SheetLayout.ITEM_COLUMN).setCellStyle(style("wrap"));
        }
        if (lastRow > firstRow) {
            merge(new CellRangeAddress(firstRow, lastRow, SheetLayout.ITEM_COLUMN, SheetLayout.ITEM_COLUMN));
        }
    }

    /** The sheet's id, its version and the plan (what staff do not edit in the workbook), on a very hidden sheet. */
    private void origin(SheetWorkbook.Origin origin) {
        XSSFSheet data = workbook.createSheet(SheetWorkbook.DATA_SHEET_NAME);
        put(data, SheetWorkbook.FORMAT_ROW, "format", PdcaSheetDocument.FORMAT);
        put(data, SheetWorkbook.SHEET_ID_ROW, "sheetId", origin == null ? null : origin.sheetId());
        Row version = data.createRow(SheetWorkbook.VERSION_ROW);
        version.createCell(0).setCellValue("version");
        if (origin != null && origin.version() != null) {
            version.createCell(1).setCellValue(origin.version());
        }
        PdcaSheetDocument plan = new PdcaSheetDocument(document.format(), document.municipality(),
                document.planTitles(), document.period(), document.department(), document.councilName(),
                document.outcomeTarget(), document.targets(), document.activityIndicators(), List.of(),
                document.gradeScale());
        putChunked(data, SheetWorkbook.PLAN_ROW, "plan", JSON.writeValueAsString(plan));
        // one cell for any sheet of a real size, as before; a sheet of thousands of targets goes on to the next cells
        putChunked(data, SheetWorkbook.RECORDED_ORDER_ROW, "recordedOrder",
                JSON.writeValueAsString(SheetWorkbook.RecordedOrder.of(document)));
        workbook.setSheetVisibility(workbook.getSheetIndex(data), SheetVisibility.VERY_HIDDEN);
        workbook.setActiveSheet(0);
    }

    /** JSON of any length, over as many cells of the row as it needs. */
    private static void putChunked(XSSFSheet data, int rowIndex, String name, String json) {
        Row row = data.createRow(rowIndex);
        row.createCell(0).setCellValue(name);
        for (int i = 0; i * JSON_CHUNK < json.length(); i++) {
            row.createCell(1 + i).setCellValue(json.substring(i * JSON_CHUNK, Math.min(json.length(), (i + 1) * JSON_CHUNK)));
        }
    }

    private static void put(XSSFSheet data, int rowIndex, String name, String value) {
        Row row = data.createRow(rowIndex);
        row.createCell(0).setCellValue(name);
        if (value != null) {
            row.createCell(1).setCellValue(value);
        }
    }

    private String deadlineLine(PdcaSheetDocument.Target target) {
        String line = target.deadlineFiscalYear() == null ? "○目標値"
                : "○" + FiscalYear.of(target.deadlineFiscalYear()).japaneseLabel() + "末までの目標値";
        if (target.baseline() != null) {
            line += "（基準値 " + NumberLimits.text(target.baseline().value()) + (target.unit() == null ? "" : target.unit())
                    + (target.baseline().fiscalYear() == null ? ""
                    : "、" + FiscalYear.of(target.baseline().fiscalYear()).japaneseLabel()) + "）";
        }
        return line;
    }

    private void yearLabels(int row, String item) {
        text(row, SheetLayout.ITEM_COLUMN, SheetLayout.ITEM_COLUMN, item, style("label"));
        for (int fiscalYear : layout.fiscalYears) {
            int column = layout.yearColumn(fiscalYear);
            text(row, column, column, FiscalYear.of(fiscalYear).eraLabel(), style("label"));
        }
    }

    // ---- cells -------------------------------------------------------------------------------------------------

    private Cell cell(int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex);
        if (row == null) {
            row = sheet.createRow(rowIndex);
        }
        Cell cell = row.getCell(column);
        return cell == null ? row.createCell(column) : cell;
    }

    /** Text in a cell (merged over {@code first}..{@code last} columns when they differ), with borders. */
    private void text(int row, int first, int last, String value, CellStyle style) {
        Cell cell = cell(row, first);
        if (value != null) {
            cell.setCellValue(fitted(value));
        }
        cell.setCellStyle(style);
        for (int column = first + 1; column <= last; column++) {
            cell(row, column).setCellStyle(style);
        }
        if (last > first) {
            merge(new CellRangeAddress(row, row, first, last));
        }
    }

    /**
     * A one-line cell's text (a title, a name) as a cell holds it: past {@value SheetLayout#CELL_LIMIT} characters
     * (only plan titles stored before they were bounded in number reach that) cut short with …, never refused.
     */
    static String fitted(String value) {
        if (value.length() <= SheetLayout.CELL_LIMIT) {
            return value;
        }
        int cut = SheetLayout.CELL_LIMIT - 1;
        if (Character.isHighSurrogate(value.charAt(cut - 1))) {
            cut--;
        }
        return value.substring(0, cut) + "…";
    }

    /**
     * Running prose over the value columns, each row tall enough to print its lines (up to the tallest row a
     * spreadsheet takes); a text longer than a cell holds goes on in the rows the layout gave it below.
     */
    private void prose(int row, int first, String value) {
        List<String> chunks = SheetLayout.chunks(value);
        int width = (layout.lastColumn - first + 1) * 13;
        if (first == SheetLayout.ITEM_COLUMN) {
            width += 22 - 13;
        }
        for (int i = 0; i < chunks.size(); i++) {
            text(row + i, first, layout.lastColumn, chunks.get(i), style("prose"));
            int lines = lines(chunks.get(i), width);
            sheet.getRow(row + i).setHeightInPoints((float) Math.min(MAX_ROW_POINTS, Math.max(2, lines) * POINTS_PER_LINE + 6));
        }
    }

    private void number(int row, int column, BigDecimal value, String unit) {
        Cell cell = cell(row, column);
        if (value != null && !NumberLimits.withinLimits(value)) {
            // stored before numbers were bounded: kept as its text, which reads back as the same number
            cell.setCellValue(NumberLimits.text(value));
        } else if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(numberStyles.computeIfAbsent(unit == null ? "" : unit, this::numberStyle));
    }

    private void blank(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                cell(row, column).setCellStyle(style("text"));
            }
        }
    }

    private void vertical(int firstRow, int lastRow, int column, String value) {
        Cell cell = cell(firstRow, column);
        cell.setCellValue(value);
        for (int row = firstRow; row <= lastRow; row++) {
            cell(row, column).setCellStyle(style("vertical"));
        }
        if (lastRow > firstRow) {
            merge(new CellRangeAddress(firstRow, lastRow, column, column));
        }
    }

    private void merge(CellRangeAddress region) {
        sheet.addMergedRegion(region);
        if (sheet.getRow(region.getFirstRow()).getCell(region.getFirstColumn()).getCellStyle().getBorderTop() == BorderStyle.THIN) {
            // every cell of the region already has the bordered style: RegionUtil would set the same borders again,
            // searching every style of the workbook for each cell (a sheet of many targets took minutes)
            return;
        }
        RegionUtil.setBorderTop(BorderStyle.THIN, region, sheet);
        RegionUtil.setBorderBottom(BorderStyle.THIN, region, sheet);
        RegionUtil.setBorderLeft(BorderStyle.THIN, region, sheet);
        RegionUtil.setBorderRight(BorderStyle.THIN, region, sheet);
    }

    // ---- styles ------------------------------------------------------------------------------------------------

    private CellStyle style(String name) {
        return styles.computeIfAbsent(name, this::newStyle);
    }

    private CellStyle newStyle(String name) {
        CellStyle style = bordered(name.equals("title") || name.equals("heading") ? null : BorderStyle.THIN);
        XSSFFont font = font(name.equals("heading") ? 16 : name.equals("title") ? 12 : 10.5, name.equals("heading"));
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        switch (name) {
            case "title", "heading", "label" -> style.setAlignment(HorizontalAlignment.CENTER);
            case "vertical" -> {
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setRotation((short) 255);
            }
            case "prose" -> {
                style.setWrapText(true);
                style.setVerticalAlignment(VerticalAlignment.TOP);
            }
            case "wrap", "note" -> style.setWrapText(true);
            case "value" -> style.setAlignment(HorizontalAlignment.RIGHT);
            default -> { }
        }
        return style;
    }

    /** A number shown with its unit (１箇所 prints as 1箇所) but stored as the number itself. */
    private CellStyle numberStyle(String unit) {
        CellStyle style = bordered(BorderStyle.THIN);
        style.setFont(font(10.5, false));
        style.setAlignment(HorizontalAlignment.RIGHT);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        boolean shown = !unit.isEmpty() && unit.length() <= MAX_UNIT_IN_FORMAT && numberStyles.size() < MAX_UNIT_FORMATS;
        String suffix = shown ? "\"" + unit.replace("\"", "") + "\"" : "";
        style.setDataFormat(workbook.createDataFormat().getFormat("General" + suffix));
        return style;
    }

    private CellStyle bordered(BorderStyle border) {
        CellStyle style = workbook.createCellStyle();
        if (border != null) {
            style.setBorderTop(border);
            style.setBorderBottom(border);
            style.setBorderLeft(border);
            style.setBorderRight(border);
        }
        return style;
    }

    private XSSFFont font(double points, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontName(SheetWorkbook.FONT);
        font.setFontHeight(points);
        font.setBold(bold);
        return font;
    }

    /** How many printed lines a text takes in a cell {@code width} characters wide (a kanji is two). */
    static int lines(String text, int width) {
        if (text == null) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int columns = paragraph.codePoints().map(c -> c < 0x2E80 || (c >= 0xFF61 && c <= 0xFF9F) ? 1 : 2).sum();
            lines += Math.max(1, (columns + width - 1) / width);
        }
        return lines;
    }

    static String fullWidth(Object value) {
        StringBuilder out = new StringBuilder();
        String.valueOf(value).chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : (char) c));
        return out.toString();
    }
}
