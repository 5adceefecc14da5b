package jp.pdcaledger.query.opendata;

import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.query.sheetview.SheetView;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country's open-data table (issue 16) for the benchmark's national data set: 1,741 municipalities × 8 sheets
 * (13,928), each with two targets and an activity indicator and its three fiscal years published, written as
 * {@code GET /public/data.csv} writes it (the figures of each stored view, then the CSV), into a counting stream.
 * Reading the stored views from the database is not in these figures. Kept out of {@code verify} by its name; run:
 * {@code ./mvnw -B -q verify -pl query-side -am -Dtest='NationalOpenDataCsvBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class NationalOpenDataCsvBenchmark {

    private static final int MUNICIPALITIES = 1_741;
    private static final int SHEETS_EACH = 8;

    @Test
    void the_countrys_table_of_the_national_data_set() throws Exception {
        PublishedFigures figures = new PublishedFigures(null);
        for (int run = 1; run <= 3; run++) {
            Counting out = new Counting();
            long rows = 0;
            long start = System.nanoTime();
            try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                OpenDataCsv csv = new OpenDataCsv(writer);
                for (int m = 0; m < MUNICIPALITIES; m++) {
                    for (int s = 0; s < SHEETS_EACH; s++) {
                        for (PublishedFigure figure : figures.of(sheet(m, s))) {
                            csv.write(figure);
                            rows++;
                        }
                    }
                    csv.flush();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("national open-data CSV, run %d: %,d sheets, %,d rows, %,.1f MB in %.2f s (%,.0f rows/s)%n",
                    run, MUNICIPALITIES * SHEETS_EACH, rows, out.bytes / 1e6, seconds, rows / seconds);
            assertThat(rows).isEqualTo((long) MUNICIPALITIES * SHEETS_EACH * 3 * 3);
        }
    }

    /** A stored view as the projection keeps it: its three years closed and published at the view's version. */
    private static SheetView sheet(int municipality, int number) {
        SheetView view = new SheetView();
        view.sheetId = String.format("%08d-0000-4000-8000-%012d", municipality, number);
        view.version = 40;
        view.municipality = new SheetView.Municipality(String.format("%06d", 10006 + municipality * 10), "団体" + municipality);
        view.planTitles = List.of("第７期障害福祉計画", "第３期障害児福祉計画");
        view.period = new SheetView.Period(2024, 2026);
        view.outcomeTarget = new SheetView.OutcomeTarget(number + 1, "成果目標 " + (number + 1));
        view.targets = List.of(target("transition", "地域生活への移行", "人"), target("employment", "一般就労への移行", "人"));
        SheetView.ActivityIndicator indicator = new SheetView.ActivityIndicator();
        indicator.key = "home-help";
        indicator.name = "居宅介護の利用者数";
        indicator.unit = "人/月";
        indicator.planned = List.of(new SheetView.Planned(2024, BigDecimal.valueOf(1000)),
                new SheetView.Planned(2025, BigDecimal.valueOf(1100)), new SheetView.Planned(2026, BigDecimal.valueOf(1200)));
        view.activityIndicators = List.of(indicator);
        for (int fiscalYear = 2024; fiscalYear <= 2026; fiscalYear++) {
            SheetView.FiscalYearReview year = new SheetView.FiscalYearReview();
            year.fiscalYear = fiscalYear;
            year.actuals = List.of(actual("transition", 12 + fiscalYear % 7), actual("employment", 30 + number));
            year.activityActuals = List.of(actual("home-help", 1050 + municipality % 100));
            year.publications = List.of(new SheetView.Publication(null, 1,
                    new SheetView.Change(Instant.parse(fiscalYear + 1 + "-09-30T01:00:00Z"), "staff", null), view.version));
            view.fiscalYears.add(year);
        }
        return view;
    }

    private static SheetView.Target target(String key, String name, String unit) {
        SheetView.Target target = new SheetView.Target();
        target.key = key;
        target.name = name;
        target.kind = TargetKind.NUMERIC;
        target.unit = unit;
        target.targetValue = BigDecimal.valueOf(470);
        target.deadlineFiscalYear = 2026;
        target.direction = Direction.INCREASE;
        target.baseline = new SheetView.Baseline(BigDecimal.valueOf(300), 2022);
        return target;
    }

    private static SheetView.Actual actual(String key, int value) {
        SheetView.Actual actual = new SheetView.Actual();
        actual.key = key;
        actual.value = BigDecimal.valueOf(value);
        return actual;
    }

    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
