package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.query.sheetview.ReviewStatus;
import jp.pdcaledger.query.sheetview.SheetView;
import org.springframework.security.core.Authentication;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actuals of the activity indicators (活動指標 実績) the page offers to record or correct in each fiscal year: to
 * whoever takes the review's steps, in a year that has begun and is not closed. They stand beside the year's
 * workflow, not in it (the command takes them at any point of an open year), so they have forms of their own.
 */
final class ActivityActualForms {

    /** The indicators still without an actual in the year, and those with one (to correct, with a reason). */
    record Year(List<SheetView.ActivityIndicator> withoutActual, List<SheetView.ActivityIndicator> withActual) {
    }

    private ActivityActualForms() {
    }

    static Map<Integer, Year> of(SheetView sheet, Authentication user, Instant now) {
        Map<Integer, Year> years = new HashMap<>();
        if (sheet.activityIndicators.isEmpty() || !NextSteps.mayReview(sheet, user)) {
            return years;
        }
        for (SheetView.FiscalYearReview year : sheet.fiscalYears) {
            if (year.status == ReviewStatus.CLOSED || !FiscalYear.of(year.fiscalYear).hasBegunAt(now)) {
                continue;
            }
            List<SheetView.ActivityIndicator> recorded = sheet.activityIndicators.stream()
                    .filter(indicator -> year.activityActuals.stream().anyMatch(actual -> actual.key.equals(indicator.key)))
                    .toList();
            List<SheetView.ActivityIndicator> missing = sheet.activityIndicators.stream()
                    .filter(indicator -> !recorded.contains(indicator)).toList();
            years.put(year.fiscalYear, new Year(missing, recorded));
        }
        return years;
    }
}
