package jp.pdcaledger.query.opendata;

import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.query.sheetview.SheetHistory;
import jp.pdcaledger.query.sheetview.SheetView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a sheet's published fiscal years, each year as its latest publication says (never what was recorded
 * since and not republished): the targets and activity indicators in force at that publication, with the year's
 * actuals. A year never published gives nothing.
 */
@Component
public class PublishedFigures {

    private final SheetHistory history;

    public PublishedFigures(SheetHistory history) {
        this.history = history;
    }

    public List<PublishedFigure> of(SheetView sheet) {
        List<PublishedFigure> figures = new ArrayList<>();
        for (SheetView.FiscalYearReview year : sheet.fiscalYears) {
            if (year.publications.isEmpty()) {
                continue;
            }
            SheetView.Publication latest = year.publications.get(year.publications.size() - 1);
            // the stored view is the sheet at its last event: replay only when something came after the publication
            SheetView published = latest.version() == sheet.version ? sheet : history.atVersion(sheet.sheetId, latest.version());
            published.fiscalYears.stream().filter(review -> review.fiscalYear == year.fiscalYear).findFirst()
                    .ifPresent(review -> figures.addAll(of(published, review, latest)));
        }
        return figures;
    }

    private static List<PublishedFigure> of(SheetView sheet, SheetView.FiscalYearReview year,
                                            SheetView.Publication publication) {
        FiscalYear fiscalYear = FiscalYear.of(year.fiscalYear);
        LocalDate publishedOn = LocalDate.ofInstant(publication.published().at(), FiscalYear.JAPAN);
        List<PublishedFigure> figures = new ArrayList<>();
        for (SheetView.Target target : sheet.targets) {
            SheetView.Actual actual = actualOf(year.actuals, target.key);
            figures.add(new PublishedFigure(sheet.municipality.code(), sheet.municipality.name(), plan(sheet),
                    sheet.period.firstFiscalYear(), sheet.period.lastFiscalYear(), sheet.outcomeTarget.number(),
                    sheet.outcomeTarget.title(), PublishedFigure.Row.TARGET, target.key, target.name,
                    kindLabel(target.kind), year.fiscalYear, fiscalYear.japaneseLabel(),
                    actual == null ? null : actual.value, target.unit, actual != null && actual.estimated,
                    asOf(actual, fiscalYear), target.targetValue, target.deadlineFiscalYear,
                    target.baseline == null ? null : target.baseline.value(),
                    target.baseline == null ? null : target.baseline.fiscalYear(), directionLabel(target.direction),
                    publication.number(), publishedOn, actual == null ? null : actual.note, target.goalText,
                    actual == null || actual.status == null ? null : actual.status.label(),
                    actual == null || actual.achievedOn == null ? null : LocalDate.parse(actual.achievedOn)));
        }
        for (SheetView.ActivityIndicator indicator : sheet.activityIndicators) {
            SheetView.Actual actual = actualOf(year.activityActuals, indicator.key);
            SheetView.Planned planned = indicator.planned.stream()
                    .filter(plan -> plan.fiscalYear() == year.fiscalYear).findFirst().orElse(null);
            figures.add(new PublishedFigure(sheet.municipality.code(), sheet.municipality.name(), plan(sheet),
                    sheet.period.firstFiscalYear(), sheet.period.lastFiscalYear(), sheet.outcomeTarget.number(),
                    sheet.outcomeTarget.title(), PublishedFigure.Row.ACTIVITY_INDICATOR, indicator.key,
                    indicator.name, null, year.fiscalYear, fiscalYear.japaneseLabel(),
                    actual == null ? null : actual.value, indicator.unit, actual != null && actual.estimated,
                    asOf(actual, fiscalYear), planned == null ? null : planned.value(),
                    planned == null ? null : year.fiscalYear, null, null, null, publication.number(), publishedOn,
                    actual == null ? null : actual.note, null, null, null));
        }
        return figures;
    }

    private static SheetView.Actual actualOf(List<SheetView.Actual> actuals, String key) {
        return actuals.stream().filter(actual -> Objects.equals(actual.key, key)).findFirst().orElse(null);
    }

    /** The day the value stands as of: its own date when it has one, else 31 March at the end of its year. */
    private static LocalDate asOf(SheetView.Actual actual, FiscalYear fiscalYear) {
        return actual == null || actual.asOf == null ? fiscalYear.asOfDate() : LocalDate.parse(actual.asOf);
    }

    /** The plan titles as one datum: a sheet serves the 障害福祉計画 and the 障害児福祉計画 together. */
    private static String plan(SheetView sheet) {
        return String.join("／", sheet.planTitles);
    }

    static String kindLabel(TargetKind kind) {
        return switch (kind) {
            case NUMERIC -> "数値目標";
            case NO_NUMERIC_TARGET -> "数値目標なし";
            case REFERENCE -> "参考";
            case QUALITATIVE -> "定性目標";
        };
    }

    private static String directionLabel(Direction direction) {
        if (direction == null) {
            return null;
        }
        return switch (direction) {
            case INCREASE -> "増加";
            case DECREASE -> "減少";
            case MAINTAIN -> "維持";
        };
    }
}
