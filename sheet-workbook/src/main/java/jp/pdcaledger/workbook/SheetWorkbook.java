package jp.pdcaledger.workbook;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sheet as an Excel workbook laid out like the published 目標等の管理シート, and back. {@link #write} lays a
 * {@code pdca-sheet/v1} document out on an A4 portrait page; {@link #read} takes a workbook (edited by staff or
 * not) back to the document, refusing anything that is not such a workbook with the cell at fault named.
 */
public final class SheetWorkbook {

    /** The content type of an {@code .xlsx} workbook, in and out. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The largest workbook taken: a sheet of the seed's size is about 10 KB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /**
     * The most a workbook's parts may inflate to, all of them together: the seed's inflates to about 40 KB, and a
     * sheet with every text at its longest to a few MB. Counted as the parts inflate, so a zip that understates its
     * sizes is stopped here too.
     */
    public static final long MAX_INFLATED_BYTES = 32L * 1024 * 1024;

    static final String SHEET_NAME = "目標等の管理シート";
    static final String HEADING = "目標等の管理シート";
    /** The very hidden sheet that carries what staff do not edit: the format, the sheet's id and version, the plan. */
    static final String DATA_SHEET_NAME = "pdca";
    static final int FORMAT_ROW = 0;
    static final int SHEET_ID_ROW = 1;
    static final int VERSION_ROW = 2;
    static final int PLAN_ROW = 3;
    /** Per fiscal year, the order the actuals were recorded in: the page shows them in the targets' order. */
    static final int RECORDED_ORDER_ROW = 4;
    static final String FONT = "ＭＳ 明朝";
    /** An actual reported without a value (無し, （記載なし）): recorded, but null, which is not zero. */
    static final String NOT_REPORTED = "（記載なし）";
    static final String NO_COUNCIL_OPINION = "特になし";
    static final String OPINION_MARK = "・";

    private SheetWorkbook() {
    }

    /** Which sheet, at which version, a workbook was exported from; both null for a workbook of a new sheet. */
    public record Origin(String sheetId, Long version) {
    }

    /**
     * Per fiscal year, the keys of its actuals and of its activity indicators' actuals in the order they were
     * recorded, so that a workbook read back lists them as the sheet does (and an export of it is the same).
     */
    record RecordedOrder(Map<Integer, List<String>> actuals, Map<Integer, List<String>> activityActuals) {

        static final RecordedOrder NONE = new RecordedOrder(Map.of(), Map.of());

        static RecordedOrder of(PdcaSheetDocument document) {
            Map<Integer, List<String>> actuals = new TreeMap<>();
            Map<Integer, List<String>> activityActuals = new TreeMap<>();
            for (PdcaSheetDocument.FiscalYear year : document.fiscalYears()) {
                actuals.put(year.fiscalYear(), year.actuals().stream().map(PdcaSheetDocument.Actual::target).toList());
                activityActuals.put(year.fiscalYear(),
                        year.activityActuals().stream().map(PdcaSheetDocument.ActivityActual::indicator).toList());
            }
            return new RecordedOrder(actuals, activityActuals);
        }

        /** Keys recorded before come first, as they were; keys new in the workbook follow, in the page's order. */
        static <T> List<T> sorted(List<T> onThePage, List<String> recorded, java.util.function.Function<T, String> key) {
            List<String> order = recorded == null ? List.of() : recorded;
            return onThePage.stream().sorted(Comparator.comparingInt(item -> {
                int position = order.indexOf(key.apply(item));
                return position < 0 ? Integer.MAX_VALUE : position;
            })).toList();
        }
    }

    /**
     * A workbook read back: the document it holds, where it came from, and where each of its parts lies.
     * {@code answersAndMeasures}: whether the workbook has the sheet of the answers to the council's opinions and the
     * targets' guideline measures ({@link ResponsesSheet}); a workbook written before that sheet existed has not, and
     * then its document's answers and measures are not what it says (it says nothing of them) but the plan's.
     */
    public record Read(PdcaSheetDocument document, Origin origin, SheetLayout cells, boolean answersAndMeasures) {
    }

    public static byte[] write(PdcaSheetDocument document, Origin origin) {
        try (XSSFWorkbook workbook = SheetWorkbookWriter.write(document, origin);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidWorkbookException naming every cell at fault, when the bytes are not such a workbook */
    public static Read read(byte[] workbook) {
        return SheetWorkbookReader.read(workbook);
    }

    /** 協議会等意見 as the sheet prints it: one opinion a line, each after ・, or 特になし. */
    /**
     * An actual dated other than 31 March at the end of its year (issue 21) says so on the first line of its note
     * cell, as real sheets print 「令和2年7月末時点」 beside the value: {@code 2020-07-31 時点}, then the note. Staff may
     * type such a line; a first line of that form is never read as part of the note.
     */
    static final String AS_OF_SUFFIX = " 時点";
    private static final java.util.regex.Pattern AS_OF_LINE = java.util.regex.Pattern.compile("(\\S+)\\s*時点");

    /** The note cell's text: the as-of line (when there is a date) and the note. */
    static String noteCell(String asOf, String note) {
        if (asOf == null) {
            return note;
        }
        return asOf + AS_OF_SUFFIX + (note == null ? "" : "\n" + note);
    }

    /** A note cell read back: {@code asOf} is the text before 時点 on its first line (unchecked), or null. */
    record NoteCell(String asOf, String note) {

        static NoteCell of(String text) {
            if (text == null) {
                return new NoteCell(null, null);
            }
            int end = text.indexOf('\n');
            String first = java.text.Normalizer.normalize(end < 0 ? text : text.substring(0, end),
                    java.text.Normalizer.Form.NFKC).strip();
            java.util.regex.Matcher line = AS_OF_LINE.matcher(first);
            if (!line.matches() || !line.group(1).matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                return new NoteCell(null, text);
            }
            String rest = end < 0 ? null : text.substring(end + 1);
            return new NoteCell(line.group(1), rest == null || rest.isBlank() ? null : rest);
        }
    }

    static final String QUALITATIVE = "QUALITATIVE";
    /** The first line of a QUALITATIVE target's note cell when it was achieved: {@code 2021-04-01 達成}. */
    static final String ACHIEVED_SUFFIX = " 達成";
    private static final java.util.regex.Pattern ACHIEVED_LINE = java.util.regex.Pattern.compile("(\\S+)\\s*達成");

    /** A QUALITATIVE target's status as its value cell prints it: 未着手, 取組中, 達成. */
    static String statusCell(String status) {
        return status == null ? null : jp.pdcaledger.kernel.sheet.QualitativeStatus.valueOf(status).label();
    }

    /** A status cell read back: by its label or its name, or null when it is neither. */
    static String statusOf(String typed) {
        String text = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).strip();
        for (jp.pdcaledger.kernel.sheet.QualitativeStatus status : jp.pdcaledger.kernel.sheet.QualitativeStatus.values()) {
            if (status.label().equals(text) || status.name().equals(text)) {
                return status.name();
            }
        }
        return null;
    }

    /** A QUALITATIVE target's note cell: the date it was achieved on the first line (if any), then the note cell. */
    static String qualitativeNoteCell(String achievedOn, String asOf, String note) {
        String rest = noteCell(asOf, note);
        if (achievedOn == null) {
            return rest;
        }
        return achievedOn + ACHIEVED_SUFFIX + (rest == null ? "" : "\n" + rest);
    }

    /** A QUALITATIVE target's note cell read back: the achieved date (unchecked) and the rest of the cell. */
    record AchievedCell(String achievedOn, String rest) {

        static AchievedCell of(String text) {
            if (text == null) {
                return new AchievedCell(null, null);
            }
            int end = text.indexOf('\n');
            String first = java.text.Normalizer.normalize(end < 0 ? text : text.substring(0, end),
                    java.text.Normalizer.Form.NFKC).strip();
            java.util.regex.Matcher line = ACHIEVED_LINE.matcher(first);
            if (!line.matches() || !line.group(1).matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                return new AchievedCell(null, text);
            }
            String rest = end < 0 ? null : text.substring(end + 1);
            return new AchievedCell(line.group(1), rest == null || rest.isBlank() ? null : rest);
        }
    }

    /** A grade scale as the sheet prints it beside the grade: A 目標以上／B 目標どおり／C 改善の余地あり. */
    static String gradeLegend(List<PdcaSheetDocument.Grade> scale) {
        return String.join("／", scale.stream().map(grade -> grade.label() == null ? grade.code()
                : grade.code() + " " + grade.label()).toList());
    }

    static String opinionsText(PdcaSheetDocument.FiscalYear year) {
        if (Boolean.TRUE.equals(year.noCouncilOpinion())) {
            return NO_COUNCIL_OPINION;
        }
        List<String> opinions = year.councilOpinions() == null ? List.of() : year.councilOpinions();
        return opinions.isEmpty() ? null
                : String.join("\n", opinions.stream().map(opinion -> OPINION_MARK + opinion).toList());
    }

    /** The opinions of a 協議会等意見 cell: a line that starts with ・ starts an opinion, other lines continue it. */
    static List<String> opinionsOf(String text) {
        List<String> opinions = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(OPINION_MARK) || opinions.isEmpty()) {
                opinions.add(line.startsWith(OPINION_MARK) ? line.substring(OPINION_MARK.length()) : line);
            } else {
                int last = opinions.size() - 1;
                opinions.set(last, opinions.get(last) + "\n" + line);
            }
        }
        return opinions;
    }
}
