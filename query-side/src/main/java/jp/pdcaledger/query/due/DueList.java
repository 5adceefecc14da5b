package jp.pdcaledger.query.due;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.query.sheetview.ReviewStatus;
import jp.pdcaledger.query.sheetview.SheetView;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What is due on a set of sheets on a given day: for each fiscal year that has ended, the next step of its review
 * once its due date has passed, its publication once it is closed, and every council opinion not answered yet;
 * each with the day it fell due and how
 * many days it has waited since. The longest waiting first. Read from the sheets' views: nothing is stored.
 */
public final class DueList {

    /**
     * One thing due: on which sheet and year, what, by whom, since when. {@code opinion}: for an answer, from 1;
     * {@code target}: for an estimate waiting for its final figure, the target's key.
     */
    public record DueItem(String sheetId, String municipalityCode, String municipalityName, String outcomeTarget,
                          int fiscalYear, String fiscalYearLabel, DueStep step, String stepLabel, String actor,
                          String actorLabel, Integer opinion, String target, LocalDate dueSince, long daysWaiting) {
    }

    private final DueDates dates;

    public DueList(DueDates dates) {
        this.dates = dates;
    }

    public List<DueItem> of(List<SheetView> sheets, LocalDate today) {
        List<DueItem> due = new ArrayList<>();
        for (SheetView sheet : sheets) {
            for (SheetView.FiscalYearReview year : sheet.fiscalYears) {
                nextStep(sheet, year, today).ifPresent(step -> {
                    LocalDate since = dates.of(step, year.fiscalYear);
                    if (!since.isAfter(today)) {
                        due.add(item(sheet, year, step, null, since, today));
                    }
                });
                unpublished(sheet, year, today, due);
                unanswered(sheet, year, today, due);
                estimates(sheet, year, today, due);
            }
        }
        due.sort(Comparator.comparingLong(DueItem::daysWaiting).reversed()
                .thenComparing(DueItem::municipalityCode).thenComparing(DueItem::sheetId)
                .thenComparingInt(DueItem::fiscalYear));
        return due;
    }

    /** The step a year's review waits for, once the year has ended; none when it is closed. */
    private static Optional<DueStep> nextStep(SheetView sheet, SheetView.FiscalYearReview year, LocalDate today) {
        if (!today.isAfter(FiscalYear.of(year.fiscalYear).asOfDate())) {
            return Optional.empty();
        }
        boolean actualsMissing = sheet.targets.stream()
                .anyMatch(target -> year.actuals.stream().noneMatch(actual -> actual.key.equals(target.key)));
        return Optional.ofNullable(switch (year.status) {
            case NOT_STARTED -> sheet.targets.isEmpty() ? null : DueStep.ACTUALS;
            case ACTUALS_RECORDED -> actualsMissing ? DueStep.ACTUALS : DueStep.EVALUATION;
            case EVALUATED -> DueStep.COUNCIL_OPINION;
            case COUNCIL_HEARD -> DueStep.IMPROVEMENT;
            case IMPROVEMENT_PLANNED -> DueStep.CLOSE;
            case CLOSED -> null;
        });
    }

    /** A closed year never published (公表), due from the day it was last closed. */
    private static void unpublished(SheetView sheet, SheetView.FiscalYearReview year, LocalDate today, List<DueItem> due) {
        if (year.status == ReviewStatus.CLOSED && year.publications.isEmpty() && !year.closings.isEmpty()) {
            LocalDate since = year.closings.get(year.closings.size() - 1).at().atZone(FiscalYear.JAPAN).toLocalDate();
            due.add(item(sheet, year, DueStep.PUBLISH, null, since, today));
        }
    }

    /** Every opinion of the year with no answer yet, due from the day it was recorded. */
    private static void unanswered(SheetView sheet, SheetView.FiscalYearReview year, LocalDate today, List<DueItem> due) {
        for (int opinion = 1; opinion <= year.councilOpinions.size(); opinion++) {
            SheetView.Text text = year.councilOpinions.get(opinion - 1);
            if (year.answerInForce(opinion) == null && text.submitted != null) {
                LocalDate since = text.submitted.at().atZone(FiscalYear.JAPAN).toLocalDate();
                due.add(item(sheet, year, DueStep.OPINION_ANSWER, opinion, since, today));
            }
        }
    }

    /** Every actual of the year recorded as an estimate with no final figure yet, due from the day it was recorded. */
    private static void estimates(SheetView sheet, SheetView.FiscalYearReview year, LocalDate today, List<DueItem> due) {
        for (SheetView.Actual actual : year.actuals) {
            if (actual.estimated && actual.confirmed == null && actual.recorded != null) {
                LocalDate since = actual.recorded.at().atZone(FiscalYear.JAPAN).toLocalDate();
                due.add(item(sheet, year, DueStep.ESTIMATE_CONFIRMATION, null, actual.key, since, today));
            }
        }
    }

    private static DueItem item(SheetView sheet, SheetView.FiscalYearReview year, DueStep step, Integer opinion,
                                LocalDate since, LocalDate today) {
        return item(sheet, year, step, opinion, null, since, today);
    }

    private static DueItem item(SheetView sheet, SheetView.FiscalYearReview year, DueStep step, Integer opinion,
                                String target, LocalDate since, LocalDate today) {
        return new DueItem(sheet.sheetId, sheet.municipality.code(), sheet.municipality.name(),
                sheet.outcomeTarget.label(),
                year.fiscalYear, FiscalYear.of(year.fiscalYear).japaneseLabel(), step, step.label(),
                step.actor().name(), step.actor().label(), opinion, target, since,
                Math.max(0, ChronoUnit.DAYS.between(since, today)));
    }
}
