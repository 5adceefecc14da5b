package jp.pdcaledger.workbook;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.NumberLimits;
import jp.pdcaledger.workbook.InvalidWorkbookException.CellError;
import jp.pdcaledger.workbook.SheetGrid.GridCell;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a workbook back into the document it holds. What staff may write (actuals and their notes, evaluations,
 * opinions, improvements) is read from the page; the rest of the page must be as it was written, and the plan
 * itself comes from the hidden sheet. The workbook is streamed ({@link StreamedWorkbook}): only those two sheets are
 * read, into grids of values no larger than the row and column limits, with every inflated byte counted against
 * {@link SheetWorkbook#MAX_INFLATED_BYTES}; POI's own guards (inflate ratio, entry size), set here once for the JVM,
 * still hold per part.
 */
final class SheetWorkbookReader {

    private static final int MAX_BYTES = SheetWorkbook.MAX_BYTES;
    static final int MAX_ROWS = 2_000;
    static final int MAX_COLUMNS = 64;
    private static final int MAX_LISTED_ERRORS = 20;
    /** How a sheet prints a year reported without a value, after NFKC: （記載なし）, 無し. */
    private static final Set<String> NOT_REPORTED = Set.of("(記載なし)", "無し");

    static {
        // A zip entry that inflates more than 100-fold is a bomb; no part of a sheet's workbook is near 20 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
        IOUtils.setByteArrayMaxOverride(50 * 1024 * 1024);
    }

    private final StreamedWorkbook workbook;
    private final List<CellError> errors = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter();

    private SheetWorkbookReader(StreamedWorkbook workbook) {
        this.workbook = workbook;
    }

    static SheetWorkbook.Read read(byte[] bytes) {
        return new SheetWorkbookReader(open(bytes)).read();
    }

    private static StreamedWorkbook open(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw InvalidWorkbookException.of(InvalidWorkbookException.FILE,
                    "大きすぎます（" + bytes.length + " バイト、上限 " + MAX_BYTES + " バイト）");
        }
        FileMagic magic = bytes.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw InvalidWorkbookException.of(InvalidWorkbookException.FILE, isEncrypted(bytes)
                    ? "パスワードで暗号化されたブックは読めません。暗号化を解除して保存し直してください"
                    : "Excel 97-2003 形式（.xls）のブックは読めません。.xlsx で保存し直してください");
        }
        if (magic != FileMagic.OOXML) {
            throw InvalidWorkbookException.of(InvalidWorkbookException.FILE, "Excel ブック（.xlsx）ではありません");
        }
        try {
            return StreamedWorkbook.read(bytes, SheetWorkbook.MAX_INFLATED_BYTES, MAX_ROWS, MAX_COLUMNS);
        } catch (Exception unreadable) {
            throw InvalidWorkbookException.of(InvalidWorkbookException.FILE, whyUnreadable(unreadable));
        }
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return container.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException notEvenThat) {
            return false;
        }
    }

    private static String whyUnreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InflationBudget.InflatedTooLarge tooLarge) {
                return tooLarge.getMessage();
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("maximum length")) {
                return "展開すると異常に大きくなるため読めません（zip bomb の疑い）";
            }
            if (message.contains("DOCTYPE") || message.contains("DTD") || message.contains("ENTITY")) {
                return "XML に DOCTYPE（外部実体の宣言など）が含まれているため読めません";
            }
        }
        return "壊れているため読めません（" + failure.getClass().getSimpleName() + "）";
    }

    private SheetWorkbook.Read read() {
        SheetGrid data = workbook.data;
        if (data == null || !PdcaSheetDocument.FORMAT.equals(string(data, SheetWorkbook.FORMAT_ROW))) {
            throw InvalidWorkbookException.of(SheetWorkbook.DATA_SHEET_NAME + "!B1",
                    "このサービスが書き出したブックではありません（" + PdcaSheetDocument.FORMAT + " の印がありません）");
        }
        SheetGrid page = workbook.page;
        if (page == null) {
            throw InvalidWorkbookException.of(SheetWorkbook.SHEET_NAME + "!A1",
                    "シート「" + SheetWorkbook.SHEET_NAME + "」がありません");
        }
        withinLimits(page);
        withinLimits(data);
        PdcaSheetDocument plan = plan(data);
        SheetWorkbook.RecordedOrder order = recordedOrder(data);
        SheetLayout layout = new SheetLayout(plan);
        noFormulas(page);
        noFormulas(data);
        List<PdcaSheetDocument.FiscalYear> years = new ArrayList<>();
        for (int fiscalYear : layout.fiscalYears) {
            PdcaSheetDocument.FiscalYear year = fiscalYear(page, layout, plan, order, fiscalYear);
            if (year != null) {
                years.add(year);
            }
        }
        unchangedOutsideTheEditableCells(page, layout, plan);
        List<PdcaSheetDocument.Target> targets = plan.targets();
        boolean responses = workbook.responses != null;
        if (responses) {
            withinLimits(workbook.responses);
            noFormulas(workbook.responses);
            ResponsesSheet.Answers read = ResponsesSheet.read(workbook.responses, plan, years, layout, errors::add,
                    this::text);
            targets = read.targets();
            years = read.years();
        }
        if (!errors.isEmpty()) {
            throw new InvalidWorkbookException(errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS)));
        }
        PdcaSheetDocument document = new PdcaSheetDocument(plan.format(), plan.municipality(), plan.planTitles(),
                plan.period(), plan.department(), plan.councilName(), plan.outcomeTarget(), targets,
                plan.activityIndicators(), List.copyOf(years), plan.gradeScale());
        return new SheetWorkbook.Read(document, origin(data), layout, responses);
    }

    /** A sheet that went past the row or column limit was read no further: refused, naming the first cell past it. */
    private static void withinLimits(SheetGrid sheet) {
        if (sheet.overLimitCell != null) {
            throw InvalidWorkbookException.of(prefix(sheet) + sheet.overLimitCell, sheet.overLimitMessage);
        }
    }

    private static String prefix(SheetGrid sheet) {
        return sheet.name.equals(SheetWorkbook.SHEET_NAME) ? "" : sheet.name + "!";
    }

    private PdcaSheetDocument plan(SheetGrid data) {
        StringBuilder json = new StringBuilder();
        for (int column = 1; data.cell(SheetWorkbook.PLAN_ROW, column) != null; column++) {
            GridCell chunk = data.cell(SheetWorkbook.PLAN_ROW, column);
            json.append(chunk.type == CellType.STRING ? chunk.string() : "");
        }
        String cell = SheetWorkbook.DATA_SHEET_NAME + "!B" + (SheetWorkbook.PLAN_ROW + 1);
        try {
            PdcaSheetDocument plan = SheetWorkbookWriter.JSON.readValue(json.toString(), PdcaSheetDocument.class);
            if (plan.period() == null || plan.period().firstFiscalYear() == null || plan.period().lastFiscalYear() == null
                    || plan.period().lastFiscalYear() - plan.period().firstFiscalYear() > MAX_COLUMNS
                    || plan.targets() == null || plan.activityIndicators() == null || plan.outcomeTarget() == null
                    || plan.planTitles() == null) {
                throw InvalidWorkbookException.of(cell, "計画（期間・目標・活動指標）の記述が欠けています");
            }
            return plan;
        } catch (tools.jackson.core.JacksonException unreadable) {
            throw InvalidWorkbookException.of(cell, "計画の記述が読めません");
        }
    }

    private SheetWorkbook.Origin origin(SheetGrid data) {
        String sheetId = string(data, SheetWorkbook.SHEET_ID_ROW);
        GridCell version = data.cell(SheetWorkbook.VERSION_ROW, 1);
        return new SheetWorkbook.Origin(sheetId,
                version == null || version.type != CellType.NUMERIC ? null : (long) version.number());
    }

    private void noFormulas(SheetGrid sheet) {
        for (GridCell cell : sheet.cells()) {
            if (cell.type == CellType.FORMULA) {
                error(prefix(sheet) + SheetLayout.name(cell.row, cell.column),
                        "数式ではなく値を入力してください（" + cell.formula + "）");
            }
        }
    }

    /** The order actuals were recorded in; a workbook without it (or with it spoilt) reads in the page's order. */
    private static SheetWorkbook.RecordedOrder recordedOrder(SheetGrid data) {
        GridCell cell = data.cell(SheetWorkbook.RECORDED_ORDER_ROW, 1);
        if (cell == null || cell.type != CellType.STRING) {
            return SheetWorkbook.RecordedOrder.NONE;
        }
        try {
            SheetWorkbook.RecordedOrder order = SheetWorkbookWriter.JSON.readValue(cell.string(),
                    SheetWorkbook.RecordedOrder.class);
            return order.actuals() == null || order.activityActuals() == null ? SheetWorkbook.RecordedOrder.NONE : order;
        } catch (tools.jackson.core.JacksonException spoilt) {
            return SheetWorkbook.RecordedOrder.NONE;
        }
    }

    private PdcaSheetDocument.FiscalYear fiscalYear(SheetGrid page, SheetLayout layout, PdcaSheetDocument plan,
                                                    SheetWorkbook.RecordedOrder order, int fiscalYear) {
        int column = layout.yearColumn(fiscalYear);
        List<PdcaSheetDocument.Actual> actuals = new ArrayList<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            int row = layout.actualRow[i];
            String key = plan.targets().get(i).key();
            if (SheetWorkbook.QUALITATIVE.equals(plan.targets().get(i).kind())) {
                status(page, row, column, fiscalYear, key).ifPresent(actuals::add);
                continue;
            }
            actual(page, row, column, fiscalYear,
                    (value, note, asOf) -> actuals.add(new PdcaSheetDocument.Actual(key, value, note, asOf)));
        }
        List<PdcaSheetDocument.ActivityActual> activityActuals = new ArrayList<>();
        for (int i = 0; i < plan.activityIndicators().size(); i++) {
            int row = layout.indicatorActualRow[i];
            String key = plan.activityIndicators().get(i).key();
            actual(page, row, column, fiscalYear, (value, note, asOf) ->
                    activityActuals.add(new PdcaSheetDocument.ActivityActual(key, value, note, asOf)));
        }
        String evaluation = text(page.cell(layout.evaluationRow(fiscalYear), SheetLayout.FIRST_VALUE_COLUMN));
        String grade = layout.graded() ? grade(page, layout, plan, fiscalYear) : null;
        String opinionsText = text(page.cell(layout.opinionsRow(fiscalYear), SheetLayout.FIRST_VALUE_COLUMN));
        boolean none = opinionsText != null && opinionsText.strip().equals(SheetWorkbook.NO_COUNCIL_OPINION);
        List<String> opinions = opinionsText == null || none ? List.of() : SheetWorkbook.opinionsOf(opinionsText);
        String improvement = text(page.cell(layout.improvementRow(fiscalYear), SheetLayout.FIRST_VALUE_COLUMN));
        if (actuals.isEmpty() && activityActuals.isEmpty() && evaluation == null && opinions.isEmpty() && !none
                && improvement == null && grade == null) {
            return null;
        }
        return new PdcaSheetDocument.FiscalYear(fiscalYear,
                SheetWorkbook.RecordedOrder.sorted(actuals, order.actuals().get(fiscalYear), PdcaSheetDocument.Actual::target),
                SheetWorkbook.RecordedOrder.sorted(activityActuals, order.activityActuals().get(fiscalYear),
                        PdcaSheetDocument.ActivityActual::indicator),
                evaluation, opinions, none, improvement, List.of(), grade);
    }

    /** The grade typed or chosen in a graded year's grade cell: a code of the plan's scale, or nothing. */
    private String grade(SheetGrid page, SheetLayout layout, PdcaSheetDocument plan, int fiscalYear) {
        String typed = text(page.cell(layout.gradeRow(fiscalYear), SheetLayout.FIRST_VALUE_COLUMN));
        if (typed == null) {
            return null;
        }
        String code = typed.strip();
        if (plan.gradeScale().stream().noneMatch(grade -> code.equals(grade.code()))) {
            error(layout.gradeCell(fiscalYear), "評価の区分は " + String.join(", ", plan.gradeScale().stream()
                    .map(PdcaSheetDocument.Grade::code).toList()) + " のどれかです（「" + typed + "」）");
            return null;
        }
        return code;
    }

    private interface ActualSink {
        void accept(BigDecimal value, String note, String asOf);
    }

    /**
     * A value and the note under it (its first line the as-of date, if the value has one); a blank value with a note,
     * or （記載なし）, is an actual reported as null.
     */
    private void actual(SheetGrid page, int row, int column, int fiscalYear, ActualSink sink) {
        GridCell valueCell = page.cell(row, column);
        SheetWorkbook.NoteCell noteCell = SheetWorkbook.NoteCell.of(text(page.cell(row + 1, column)));
        String note = noteCell.note();
        String asOf = asOf(SheetLayout.name(row + 1, column), noteCell.asOf(), fiscalYear);
        if (valueCell != null && valueCell.type == CellType.STRING
                && NOT_REPORTED.contains(Normalizer.normalize(valueCell.string(), Normalizer.Form.NFKC).strip())) {
            sink.accept(null, note, asOf);
            return;
        }
        BigDecimal value = number(valueCell);
        if (value != null || note != null || asOf != null) {
            sink.accept(value, note, asOf);
        }
    }

    /**
     * A QUALITATIVE target's status in its value cell (未着手・取組中・達成), and under it the date it was achieved and
     * the note; a status that is none is refused naming the cell.
     */
    private java.util.Optional<PdcaSheetDocument.Actual> status(SheetGrid page, int row, int column, int fiscalYear,
                                                               String key) {
        String typed = text(page.cell(row, column));
        SheetWorkbook.AchievedCell achieved = SheetWorkbook.AchievedCell.of(text(page.cell(row + 1, column)));
        SheetWorkbook.NoteCell noteCell = SheetWorkbook.NoteCell.of(achieved.rest());
        String asOf = asOf(SheetLayout.name(row + 1, column), noteCell.asOf(), fiscalYear);
        String achievedOn = achieved.achievedOn() == null ? null : date(SheetLayout.name(row + 1, column),
                achieved.achievedOn());
        if (typed == null) {
            if (noteCell.note() != null || asOf != null || achievedOn != null) {
                error(SheetLayout.name(row, column), "状況（未着手・取組中・達成）がありません");
            }
            return java.util.Optional.empty();
        }
        String status = SheetWorkbook.statusOf(typed);
        if (status == null) {
            error(SheetLayout.name(row, column), "状況は 未着手・取組中・達成 のどれかです（「" + typed + "」）");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new PdcaSheetDocument.Actual(key, null, noteCell.note(), asOf, null, status,
                achievedOn));
    }

    /** A date typed as the document writes it; one that is none is refused naming the cell. */
    private String date(String cell, String typed) {
        try {
            String[] parts = typed.split("-");
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]))
                    .toString();
        } catch (java.time.DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException notADate) {
            error(cell, "達成日が読めません（「" + typed + "」、例: 2021-04-01 達成）");
            return null;
        }
    }

    /** The as-of date on a note cell's first line, as the document writes it; a date that is none is refused. */
    private String asOf(String cell, String typed, int fiscalYear) {
        if (typed == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(typed.split("-")[0]), Integer.parseInt(typed.split("-")[1]),
                    Integer.parseInt(typed.split("-")[2]));
            if (!FiscalYear.of(fiscalYear).admitsAsOf(date)) {
                error(cell, "時点（" + typed + "）は " + FiscalYear.of(fiscalYear).start().toLocalDate() + " から "
                        + FiscalYear.of(fiscalYear).asOfDate().plusYears(1) + " までの日付です");
                return null;
            }
            return date.toString();
        } catch (java.time.DateTimeException | NumberFormatException notADate) {
            error(cell, "時点の日付が読めません（「" + typed + "」、例: 2020-07-31 時点）");
            return null;
        }
    }

    private BigDecimal number(GridCell cell) {
        if (cell == null) {
            return null;
        }
        String name = SheetLayout.name(cell.row, cell.column);
        return switch (cell.type) {
            case NUMERIC -> {
                try {
                    yield normalised(BigDecimal.valueOf(cell.number()));
                } catch (NumberFormatException notANumber) {
                    error(name, "数値ではありません");
                    yield null;
                }
            }
            case STRING -> {
                String text = Normalizer.normalize(cell.string(), Normalizer.Form.NFKC).strip().replace(",", "");
                if (text.isEmpty()) {
                    yield null;
                }
                try {
                    yield normalised(new BigDecimal(text));
                } catch (NumberFormatException notANumber) {
                    error(name, "数値ではありません（「" + cell.string() + "」）");
                    yield null;
                }
            }
            case BLANK, FORMULA -> null;
            default -> {
                error(name, "数値ではありません");
                yield null;
            }
        };
    }

    /** 1.0 read back from a cell is the 1 that was written: the same number at its shortest scale. */
    private static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0 && !NumberLimits.withinLimits(stripped)) {
            return stripped; // rescaling 1e999999999 would take gigabytes; the command refuses it, naming the cell
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    String text(GridCell cell) {
        if (cell == null || cell.type == CellType.BLANK || cell.type == CellType.FORMULA) {
            return null;
        }
        String text = switch (cell.type) {
            case STRING -> cell.string();
            case BOOLEAN -> cell.bool() ? "TRUE" : "FALSE";
            case NUMERIC -> shown(cell);
            default -> cell.string();
        };
        text = text.replace("\r\n", "\n");
        return text.isBlank() ? null : text;
    }

    /**
     * The page as it was written, but for the cells staff may write: a change anywhere else (a target, a heading, a
     * row added) would be silently lost, so it is refused, cell by cell.
     */
    private void unchangedOutsideTheEditableCells(SheetGrid page, SheetLayout layout, PdcaSheetDocument plan) {
        try (XSSFWorkbook expectedWorkbook = SheetWorkbookWriter.write(plan, null)) {
            SheetGrid expected = SheetGrid.of(expectedWorkbook.getSheet(SheetWorkbook.SHEET_NAME));
            int lastRow = Math.max(page.lastRow(), expected.lastRow());
            for (int row = 0; row <= lastRow; row++) {
                int lastColumn = Math.max(page.lastColumn(row), expected.lastColumn(row));
                for (int column = 0; column <= lastColumn; column++) {
                    if (!layout.isEditable(row, column)
                            && !Objects.equals(value(page.cell(row, column)), value(expected.cell(row, column)))) {
                        error(SheetLayout.name(row, column), "この欄はアップロードでは変更できません（書き出したときのままにしてください）");
                    }
                }
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A number as Excel shows it in its cell, by the cell style's number format. */
    private String shown(GridCell cell) {
        try {
            return formatter.formatRawCellContents(cell.number(), workbook.formats.formatIndex(cell.style),
                    workbook.formats.formatString(cell.style), workbook.date1904);
        } catch (RuntimeException unformattable) {
            return cell.string();
        }
    }

    private static Object value(GridCell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.type) {
            case STRING -> cell.string().isEmpty() ? null : cell.string().replace("\r\n", "\n");
            case NUMERIC -> numberOrText(cell);
            case BOOLEAN -> cell.bool();
            case FORMULA -> cell.formula;
            case BLANK -> null;
            default -> cell.type.name();
        };
    }

    private static Object numberOrText(GridCell cell) {
        try {
            return cell.number();
        } catch (NumberFormatException notANumber) {
            return cell.string();
        }
    }

    private static String string(SheetGrid sheet, int row) {
        GridCell cell = sheet.cell(row, 1);
        return cell == null || cell.type != CellType.STRING ? null : cell.string();
    }

    private void error(String cell, String message) {
        errors.add(new CellError(cell, message));
    }
}
