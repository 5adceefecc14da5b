package jp.pdcaledger.query.sheetview;

import jp.pdcaledger.kernel.sheet.FiscalYear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A target across plan periods (issue 18): the sheets linked by rollovers, oldest first, and for each target key of
 * the sheet the actuals of every year of those periods, as one series. A rollover keeps a target's key when the
 * successor defines it again, so the key is what ties a target of 第6期 to its 第5期 self. At most
 * {@value #PERIODS} periods each way, so that a long lineage stays one short read.
 */
public final class AcrossPeriods {

    static final int PERIODS = 4;

    private AcrossPeriods() {
    }

    /** One year of one period: its label, and the actual reported (null: not reported). */
    public record Point(String period, int fiscalYear, String label, BigDecimal value) {
    }

    /** A target's actuals across the periods, with the name and unit the sheet gives it now. */
    public record Series(String key, String name, String unit, List<Point> points) {
    }

    /** Empty for a sheet that neither follows nor precedes another: there is nothing across periods to show. */
    public static List<Series> of(SheetView sheet, Function<String, Optional<SheetView>> sheets) {
        if (sheet.predecessor == null && sheet.successor == null) {
            return List.of();
        }
        List<SheetView> lineage = new ArrayList<>();
        SheetView earlier = sheet;
        for (int i = 0; i < PERIODS && earlier.predecessor != null; i++) {
            earlier = sheets.apply(earlier.predecessor.sheetId()).orElse(null);
            if (earlier == null) {
                break;
            }
            lineage.add(0, earlier);
        }
        lineage.add(sheet);
        SheetView later = sheet;
        for (int i = 0; i < PERIODS && later.successor != null; i++) {
            later = sheets.apply(later.successor.sheetId()).orElse(null);
            if (later == null) {
                break;
            }
            lineage.add(later);
        }
        Map<String, Series> series = new LinkedHashMap<>();
        for (SheetView.Target target : sheet.targets) {
            List<Point> points = new ArrayList<>();
            for (SheetView period : lineage) {
                String periodLabel = FiscalYear.of(period.period.firstFiscalYear()).japaneseLabel() + "〜"
                        + FiscalYear.of(period.period.lastFiscalYear()).japaneseLabel();
                for (SheetView.FiscalYearReview year : period.fiscalYears) {
                    BigDecimal value = year.actuals.stream().filter(actual -> target.key.equals(actual.key))
                            .map(actual -> actual.value).findFirst().orElse(null);
                    points.add(new Point(periodLabel, year.fiscalYear, year.label, value));
                }
            }
            series.put(target.key, new Series(target.key, target.name, target.unit, points));
        }
        return List.copyOf(series.values());
    }
}
