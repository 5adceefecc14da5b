package jp.pdcaledger.query.dashboard;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.query.sheetview.SheetView;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The collection a prefecture asks its municipalities for: one row per sheet and target, with the value of every
 * fiscal year, the achievement and how far each year's review has come; a header row, frozen panes, an autofilter.
 * Streamed (a national collection has tens of thousands of rows). A second sheet counts them as the dashboard does
 * ({@link CollectionCounts}): the targets per status, the evaluations of each year per grade.
 */
public final class DashboardWorkbook {

    static final String SHEET_NAME = "目標の達成状況";
    /** The guideline's measure a target is classified under (its area：its label), empty when it is not. */
    static final String MEASURE = "基本指針の施策";
    /** The year's grade of the sheet's evaluation (its code on the sheet's own scale), empty when not graded. */
    static final String GRADE = "評価の区分";
    /** A target stated in words: its status reported for the year (未着手・取組中・達成), empty for other targets. */
    static final String QUALITATIVE_STATUS = "取組の状況";
    private static final List<String> LEADING = List.of("団体コード", "団体名", "担当部局", "計画期間", "成果目標",
            "目標", "種別", "単位", "目標値", "目標年度");
    /** Each status as the 状況 column and the counts print it, in the dashboard page's order. */
    static final Map<Achievement.Status, String> STATUSES = statuses();
    private static final Map<String, String> KINDS = Map.of("NUMERIC", "数値目標", "NO_NUMERIC_TARGET",
            "数値目標は設定しない", "REFERENCE", "参考");

    private DashboardWorkbook() {
    }

    private static Map<Achievement.Status, String> statuses() {
        Map<Achievement.Status, String> statuses = new EnumMap<>(Achievement.Status.class);
        statuses.put(Achievement.Status.ACHIEVED, "達成");
        statuses.put(Achievement.Status.NOT_YET, "未達成");
        statuses.put(Achievement.Status.NO_NUMERIC_TARGET, "数値目標なし");
        // a target stated in words (issue 21): its status in place of a ratio
        statuses.put(Achievement.Status.IN_PROGRESS, QualitativeStatus.IN_PROGRESS.label());
        statuses.put(Achievement.Status.NOT_STARTED, QualitativeStatus.NOT_STARTED.label());
        return statuses;
    }

    /** {@code years}: the columns, every fiscal year of the sheets; {@code sheets}: read as they are written. */
    public static byte[] write(List<Integer> years, Iterable<SheetView> sheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            CellStyle ratio = workbook.createCellStyle();
            ratio.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            List<String> header = header(years);
            header(workbook, sheet.createRow(0), header);
            CollectionCounts counts = new CollectionCounts(years);
            int rowIndex = 1;
            for (SheetView view : sheets) {
                counts.addSheet(view);
                for (SheetView.Target target : view.targets) {
                    Achievement achievement = Achievement.of(target, view.fiscalYears);
                    counts.addTarget(target, achievement);
                    row(sheet.createRow(rowIndex++), view, target, achievement, years, ratio);
                }
            }
            sheet.createFreezePane(LEADING.indexOf("目標") + 1, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rowIndex - 1), 0, header.size() - 1));
            for (int column = 0; column < header.size(); column++) {
                sheet.setColumnWidth(column, (column == 5 ? 30 : column == 2 || column == 4 ? 24 : 12) * 256);
            }
            counts.write(workbook, workbook.createSheet(CollectionCounts.SHEET_NAME));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(List<Integer> years) {
        List<String> header = new ArrayList<>(LEADING);
        years.forEach(year -> header.add(FiscalYear.of(year).eraLabel() + " 実績"));
        header.add("達成率");
        header.add("状況");
        years.forEach(year -> header.add(FiscalYear.of(year).eraLabel() + " 段階"));
        // last, so that every earlier column keeps its place for the prefectures' own formulas (issue 18)
        header.add(MEASURE);
        // after it for the same reason (issue 21): each year's grade of the sheet's evaluation, and a target stated
        // in words' status of the year
        years.forEach(year -> header.add(FiscalYear.of(year).eraLabel() + " " + GRADE));
        years.forEach(year -> header.add(FiscalYear.of(year).eraLabel() + " " + QUALITATIVE_STATUS));
        return header;
    }

    static void header(SXSSFWorkbook workbook, Row row, List<String> header) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        for (int column = 0; column < header.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(header.get(column));
            cell.setCellStyle(bold);
        }
    }

    private static void row(Row row, SheetView view, SheetView.Target target, Achievement achievement,
                            List<Integer> years, CellStyle ratioStyle) {
        int column = 0;
        text(row, column++, view.municipality.code());
        text(row, column++, view.municipality.name());
        text(row, column++, view.department);
        text(row, column++, FiscalYear.of(view.period.firstFiscalYear()).eraLabel() + "–"
                + FiscalYear.of(view.period.lastFiscalYear()).eraLabel());
        text(row, column++, view.outcomeTarget.label());
        text(row, column++, target.name);
        text(row, column++, KINDS.get(target.kind.name()));
        text(row, column++, target.unit);
        number(row, column++, target.targetValue);
        number(row, column++, target.deadlineFiscalYear == null ? null : BigDecimal.valueOf(target.deadlineFiscalYear));
        for (int year : years) {
            number(row, column++, achievement.actuals().stream().filter(actual -> actual.fiscalYear() == year)
                    .findFirst().map(Achievement.YearActual::reported).orElse(null));
        }
        if (achievement.ratio() != null) {
            Cell ratio = row.createCell(column);
            ratio.setCellValue(achievement.ratio().doubleValue());
            ratio.setCellStyle(ratioStyle);
        }
        column++;
        text(row, column++, STATUSES.get(achievement.status()));
        for (int year : years) {
            text(row, column++, view.fiscalYears.stream().filter(review -> review.fiscalYear == year)
                    .map(review -> review.status.label()).findFirst().orElse(null));
        }
        text(row, column++, target.measure == null ? null : target.measure.area().label() + "：" + target.measure.label());
        for (int year : years) {
            text(row, column++, view.fiscalYears.stream().filter(review -> review.fiscalYear == year)
                    .map(review -> review.grade).filter(Objects::nonNull).findFirst().orElse(null));
        }
        for (int year : years) {
            text(row, column++, achievement.actuals().stream().filter(actual -> actual.fiscalYear() == year)
                    .map(Achievement.YearActual::status).filter(Objects::nonNull).map(QualitativeStatus::label)
                    .findFirst().orElse(null));
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
