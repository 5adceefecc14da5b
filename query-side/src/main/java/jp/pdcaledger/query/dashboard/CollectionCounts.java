package jp.pdcaledger.query.dashboard;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.query.sheetview.SheetView;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The collection's second sheet: the counts the dashboard shows beside its ratios (issue 21), of the same rows as the
 * first sheet, so that they always agree with it. First the targets per status, with those stated in words
 * (QUALITATIVE) apart; then, per fiscal year, the sheets whose period includes it and how many of their evaluations
 * carry each grade (by its code, in code order: each sheet has its own scale), and how many carry none.
 */
final class CollectionCounts {

    static final String SHEET_NAME = "達成状況と評価の区分の件数";
    static final List<String> STATUS_HEADER = List.of("状況", "目標", "うち言葉で定めた目標");
    static final String TOTAL = "計";
    static final String NOT_GRADED = "区分なし";

    private final List<Integer> years;
    private final Map<Achievement.Status, long[]> statuses = new EnumMap<>(Achievement.Status.class);
    private final Map<Integer, Long> sheetsPerYear = new TreeMap<>();
    private final Map<Integer, Map<String, Long>> gradesPerYear = new TreeMap<>();
    private final TreeSet<String> grades = new TreeSet<>();

    CollectionCounts(List<Integer> years) {
        this.years = years;
        for (Achievement.Status status : DashboardWorkbook.STATUSES.keySet()) {
            statuses.put(status, new long[2]);
        }
    }

    void addSheet(SheetView view) {
        for (SheetView.FiscalYearReview year : view.fiscalYears) {
            sheetsPerYear.merge(year.fiscalYear, 1L, Long::sum);
            if (year.grade != null) {
                grades.add(year.grade);
                gradesPerYear.computeIfAbsent(year.fiscalYear, each -> new TreeMap<>()).merge(year.grade, 1L, Long::sum);
            }
        }
    }

    void addTarget(SheetView.Target target, Achievement achievement) {
        long[] counts = statuses.get(achievement.status());
        counts[0]++;
        if (target.kind == TargetKind.QUALITATIVE) {
            counts[1]++;
        }
    }

    void write(SXSSFWorkbook workbook, Sheet sheet) {
        int rowIndex = 0;
        DashboardWorkbook.header(workbook, sheet.createRow(rowIndex++), STATUS_HEADER);
        long[] total = new long[2];
        for (Map.Entry<Achievement.Status, long[]> status : statuses.entrySet()) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(DashboardWorkbook.STATUSES.get(status.getKey()));
            for (int i = 0; i < 2; i++) {
                row.createCell(1 + i).setCellValue(status.getValue()[i]);
                total[i] += status.getValue()[i];
            }
        }
        Row totalRow = sheet.createRow(rowIndex++);
        totalRow.createCell(0).setCellValue(TOTAL);
        totalRow.createCell(1).setCellValue(total[0]);
        totalRow.createCell(2).setCellValue(total[1]);

        rowIndex++;
        List<String> header = new ArrayList<>(List.of("年度", "シート"));
        header.addAll(grades);
        header.add(NOT_GRADED);
        DashboardWorkbook.header(workbook, sheet.createRow(rowIndex++), header);
        for (int year : years) {
            Row row = sheet.createRow(rowIndex++);
            long sheets = sheetsPerYear.getOrDefault(year, 0L);
            Map<String, Long> graded = gradesPerYear.getOrDefault(year, Map.of());
            int column = 0;
            row.createCell(column++).setCellValue(FiscalYear.of(year).eraLabel());
            row.createCell(column++).setCellValue(sheets);
            long gradedSheets = 0;
            for (String grade : grades) {
                long count = graded.getOrDefault(grade, 0L);
                row.createCell(column++).setCellValue(count);
                gradedSheets += count;
            }
            row.createCell(column).setCellValue(sheets - gradedSheets);
        }
        for (int column = 0; column < Math.max(header.size(), STATUS_HEADER.size()); column++) {
            sheet.setColumnWidth(column, (column == 0 ? 14 : column == 2 ? 20 : 10) * 256);
        }
    }
}
