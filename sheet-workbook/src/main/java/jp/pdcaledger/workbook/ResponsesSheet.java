package jp.pdcaledger.workbook;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.GuidelineEdition;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.workbook.InvalidWorkbookException.CellError;
import jp.pdcaledger.workbook.SheetGrid.GridCell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The workbook's second visible sheet (issue 18): per target the guideline measure it is classified under (a code
 * chosen from a drop-down list of the measures of the guideline edition of the sheet's period, or empty), and per
 * council opinion the department's answer (a response chosen from a drop-down list of the kernel's labels, and its
 * text). A sheet of its own, after the page and the hidden sheet, so that the page's cells and every workbook written
 * before keep their places: a workbook without it uploads as it always did.
 * <p>
 * The targets' rows follow from the plan, as the page's do. An answer's row says itself which opinion it answers
 * (its year and number), so that a row the staff deleted, or one of an opinion added since, is read for what it is.
 */
public final class ResponsesSheet {

    public static final String NAME = "意見への対応と施策";
    static final int TARGET_HEADING_ROW = 1;
    static final int FIRST_TARGET_ROW = 2;
    static final int NAME_COLUMN = 0;
    static final int KEY_COLUMN = 1;
    static final int CODE_COLUMN = 2;
    static final int LABEL_COLUMN = 3;
    static final int YEAR_COLUMN = 0;
    static final int NUMBER_COLUMN = 1;
    static final int OPINION_COLUMN = 2;
    static final int RESPONSE_COLUMN = 3;
    static final int TEXT_COLUMN = 4;
    /** The list of the edition's measures, to the right of the tables: what the measure's drop-down list offers. */
    static final int LEGEND_CODE_COLUMN = 6;
    static final int LEGEND_LABEL_COLUMN = 7;

    private ResponsesSheet() {
    }

    /** The answers' heading rows come after the targets' rows and one blank row. */
    static int answersHeadingRow(int targets) {
        return FIRST_TARGET_ROW + targets + 2;
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    static void write(XSSFWorkbook workbook, PdcaSheetDocument document) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        List<GuidelineMeasure> measures = measures(document);

        text(sheet, 0, 0, "目標の基本指針の施策（施策の記号を右の一覧から選びます。分類しない目標は空欄）", bold);
        heading(sheet, TARGET_HEADING_ROW, bold, "目標", "キー", "施策の記号", "施策（書き出したとき）");
        List<PdcaSheetDocument.Target> targets = document.targets();
        for (int i = 0; i < targets.size(); i++) {
            PdcaSheetDocument.Target target = targets.get(i);
            int row = FIRST_TARGET_ROW + i;
            text(sheet, row, NAME_COLUMN, target.name(), wrap);
            text(sheet, row, KEY_COLUMN, target.key(), null);
            text(sheet, row, CODE_COLUMN, target.measure(), null);
            text(sheet, row, LABEL_COLUMN, measureLabel(target.measure()), wrap);
        }
        if (!targets.isEmpty() && !measures.isEmpty()) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            String range = "$" + columnLetter(LEGEND_CODE_COLUMN) + "$" + (FIRST_TARGET_ROW + 1) + ":$"
                    + columnLetter(LEGEND_CODE_COLUMN) + "$" + (FIRST_TARGET_ROW + measures.size());
            DataValidation list = helper.createValidation(helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(FIRST_TARGET_ROW, FIRST_TARGET_ROW + targets.size() - 1, CODE_COLUMN,
                            CODE_COLUMN));
            list.setShowErrorBox(true);
            list.setErrorStyle(DataValidation.ErrorStyle.STOP);
            list.createErrorBox("施策の記号", "右の一覧の記号から選んでください（分類しないときは空欄）");
            sheet.addValidationData(list);
        }
        String edition = edition(document).map(GuidelineEdition::name).orElse(null);
        text(sheet, 0, LEGEND_CODE_COLUMN, edition == null ? "この計画期間の基本指針の施策はありません"
                : edition + "の基本指針の施策", bold);
        heading(sheet, TARGET_HEADING_ROW, bold, LEGEND_CODE_COLUMN, "記号", "施策");
        for (int i = 0; i < measures.size(); i++) {
            text(sheet, FIRST_TARGET_ROW + i, LEGEND_CODE_COLUMN, measures.get(i).name(), null);
            text(sheet, FIRST_TARGET_ROW + i, LEGEND_LABEL_COLUMN, measureLabel(measures.get(i).name()), null);
        }

        int heading = answersHeadingRow(targets.size());
        text(sheet, heading - 1, 0, "協議会等意見への対応（対応を一覧から選び、その内容を書きます。記録済みの対応を直すときは理由を添えて取り込みます）",
                bold);
        heading(sheet, heading, bold, "年度", "番号", "協議会等意見", "対応", "対応の内容");
        int row = heading + 1;
        for (PdcaSheetDocument.FiscalYear year : document.fiscalYears()) {
            List<String> opinions = year.councilOpinions() == null ? List.of() : year.councilOpinions();
            for (int i = 0; i < opinions.size(); i++) {
                int opinion = i + 1;
                PdcaSheetDocument.CouncilOpinionAnswer answer = year.councilOpinionAnswers().stream()
                        .filter(each -> each.opinion() != null && each.opinion() == opinion).findFirst().orElse(null);
                text(sheet, row, YEAR_COLUMN, FiscalYear.of(year.fiscalYear()).eraLabel(), null);
                sheet.getRow(row).createCell(NUMBER_COLUMN).setCellValue(opinion);
                text(sheet, row, OPINION_COLUMN, SheetWorkbookWriter.fitted(opinions.get(i)), wrap);
                text(sheet, row, RESPONSE_COLUMN, answer == null ? null : responseLabel(answer.response()), null);
                text(sheet, row, TEXT_COLUMN, answer == null ? null : answer.text(), wrap);
                row++;
            }
        }
        // a drop-down list on every row an answer may be typed on, those of opinions added later too
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation list = helper.createValidation(helper.createExplicitListConstraint(Arrays.stream(
                OpinionResponse.values()).map(OpinionResponse::label).toArray(String[]::new)),
                new CellRangeAddressList(heading + 1, Math.max(row, heading + 1) + 20, RESPONSE_COLUMN, RESPONSE_COLUMN));
        list.setShowErrorBox(true);
        list.setErrorStyle(DataValidation.ErrorStyle.STOP);
        list.createErrorBox("対応", "反映した・一部反映・今後検討・反映が困難 から選んでください");
        sheet.addValidationData(list);

        sheet.setColumnWidth(NAME_COLUMN, 30 * 256);
        sheet.setColumnWidth(KEY_COLUMN, 10 * 256);
        sheet.setColumnWidth(CODE_COLUMN, 40 * 256);
        sheet.setColumnWidth(LABEL_COLUMN, 30 * 256);
        sheet.setColumnWidth(TEXT_COLUMN, 50 * 256);
        sheet.setColumnWidth(LEGEND_CODE_COLUMN, 36 * 256);
        sheet.setColumnWidth(LEGEND_LABEL_COLUMN, 40 * 256);
    }

    private static void heading(XSSFSheet sheet, int row, CellStyle bold, String... texts) {
        heading(sheet, row, bold, 0, texts);
    }

    private static void heading(XSSFSheet sheet, int row, CellStyle bold, int first, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            text(sheet, row, first + i, texts[i], bold);
        }
    }

    private static void text(XSSFSheet sheet, int rowIndex, int column, String value, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        if (value == null && style == null) {
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String columnLetter(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }

    private static Optional<GuidelineEdition> edition(PdcaSheetDocument plan) {
        return plan.period() == null || plan.period().firstFiscalYear() == null ? Optional.empty()
                : GuidelineEdition.of(FiscalYear.of(plan.period().firstFiscalYear()));
    }

    /** The measures a target of the sheet may be classified under: its period's edition's, none without one. */
    private static List<GuidelineMeasure> measures(PdcaSheetDocument plan) {
        return edition(plan).map(GuidelineEdition::measures).orElse(List.of());
    }

    private static String measureLabel(String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(GuidelineMeasure.values()).filter(measure -> measure.name().equals(code)).findFirst()
                .map(measure -> measure.area().label() + "：" + measure.label()).orElse(code);
    }

    private static String responseLabel(String response) {
        return Arrays.stream(OpinionResponse.values()).filter(known -> known.name().equals(response)).findFirst()
                .map(OpinionResponse::label).orElse(response);
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** The plan's targets with the measures the sheet says, and the years with the answers it says. */
    record Answers(List<PdcaSheetDocument.Target> targets, List<PdcaSheetDocument.FiscalYear> years) {
    }

    static Answers read(SheetGrid sheet, PdcaSheetDocument plan, List<PdcaSheetDocument.FiscalYear> years,
                        SheetLayout layout, Consumer<CellError> errors, Function<GridCell, String> text) {
        List<GuidelineMeasure> measures = measures(plan);
        List<PdcaSheetDocument.Target> targets = new ArrayList<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            PdcaSheetDocument.Target target = plan.targets().get(i);
            int row = FIRST_TARGET_ROW + i;
            String typed = text.apply(sheet.cell(row, CODE_COLUMN));
            String code = typed == null ? null : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
            if (code != null && measures.stream().noneMatch(measure -> measure.name().equals(code))) {
                errors.accept(new CellError(NAME + "!" + SheetLayout.name(row, CODE_COLUMN), measures.isEmpty()
                        ? "この計画期間の基本指針の施策はないため、分類できません（「" + typed + "」、空欄にしてください）"
                        : "施策の記号は右の一覧のどれかです（「" + typed + "」）"));
                targets.add(target);
                continue;
            }
            targets.add(new PdcaSheetDocument.Target(target.key(), target.name(), target.kind(), target.unit(),
                    target.baseline(), target.targetValue(), target.deadlineFiscalYear(), target.direction(),
                    target.cumulative(), target.note(), target.rationale(), target.goalText(), code));
        }

        List<PdcaSheetDocument.FiscalYear> answered = new ArrayList<>(years);
        int first = answersHeadingRow(plan.targets().size()) + 1;
        for (int row = first; row <= sheet.lastRow(); row++) {
            String yearTyped = text.apply(sheet.cell(row, YEAR_COLUMN));
            GridCell numberCell = sheet.cell(row, NUMBER_COLUMN);
            String responseTyped = text.apply(sheet.cell(row, RESPONSE_COLUMN));
            String answerText = text.apply(sheet.cell(row, TEXT_COLUMN));
            String responseCell = NAME + "!" + SheetLayout.name(row, RESPONSE_COLUMN);
            Integer fiscalYear = fiscalYear(yearTyped, plan);
            int index = fiscalYear == null ? -1 : yearIndex(answered, fiscalYear);
            PdcaSheetDocument.FiscalYear year = index < 0 ? null : answered.get(index);
            Integer opinion = numberCell == null || numberCell.type != CellType.NUMERIC ? null : wholeNumber(numberCell);
            boolean known = year != null && opinion != null && opinion >= 1 && opinion <= year.councilOpinions().size();
            if (known) {
                // where the opinion's answer is, even when it was emptied (which is refused, naming this cell)
                layout.answerCells.putIfAbsent(fiscalYear + ":" + opinion, responseCell);
            }
            if (responseTyped == null && answerText == null) {
                continue; // an opinion left unanswered, or a row of nothing
            }
            if (fiscalYear == null) {
                errors.accept(new CellError(NAME + "!" + SheetLayout.name(row, YEAR_COLUMN),
                        "どの年度の意見への対応かが読めません（「" + yearTyped + "」）"));
                continue;
            }
            if (!known) {
                errors.accept(new CellError(NAME + "!" + SheetLayout.name(row, NUMBER_COLUMN),
                        "この年度にその番号の協議会等意見はありません"));
                continue;
            }
            OpinionResponse response = responseTyped == null ? null : response(responseTyped);
            if (response == null) {
                errors.accept(new CellError(responseCell, responseTyped == null ? "対応を一覧から選んでください"
                        : "対応は 反映した・一部反映・今後検討・反映が困難 のどれかです（「" + responseTyped + "」）"));
                continue;
            }
            if (year.councilOpinionAnswers().stream().anyMatch(each -> opinion.equals(each.opinion()))) {
                errors.accept(new CellError(responseCell, "同じ意見（" + opinion + "）への対応が二つあります"));
                continue;
            }
            List<PdcaSheetDocument.CouncilOpinionAnswer> answers = new ArrayList<>(year.councilOpinionAnswers());
            answers.add(new PdcaSheetDocument.CouncilOpinionAnswer(opinion, response.name(), answerText));
            answers.sort(Comparator.comparing(PdcaSheetDocument.CouncilOpinionAnswer::opinion));
            answered.set(index, new PdcaSheetDocument.FiscalYear(year.fiscalYear(), year.actuals(),
                    year.activityActuals(), year.evaluation(), year.councilOpinions(), year.noCouncilOpinion(),
                    year.improvement(), answers, year.grade()));
        }
        return new Answers(targets, answered);
    }

    private static int yearIndex(List<PdcaSheetDocument.FiscalYear> years, int fiscalYear) {
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i).fiscalYear() == fiscalYear) {
                return i;
            }
        }
        return -1;
    }

    /** A year label as written (R7) or typed in any of the domain's forms, within the sheet's period; else null. */
    private static Integer fiscalYear(String typed, PdcaSheetDocument plan) {
        if (typed == null) {
            return null;
        }
        try {
            int year = FiscalYear.parse(typed.strip()).value();
            return year < plan.period().firstFiscalYear() || year > plan.period().lastFiscalYear() ? null : year;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static Integer wholeNumber(GridCell cell) {
        try {
            double number = cell.number();
            return number == Math.rint(number) && Math.abs(number) < 10_000 ? (int) number : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A response by its label (反映した) or its name (REFLECTED); null when it is neither. */
    private static OpinionResponse response(String typed) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        return Arrays.stream(OpinionResponse.values())
                .filter(known -> known.label().equals(text) || known.name().equals(text)).findFirst().orElse(null);
    }
}
