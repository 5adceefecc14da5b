package jp.pdcaledger.app.ui;

import jp.pdcaledger.query.sheetview.SheetView;

import java.time.Instant;
import java.util.List;

/**
 * A sheet as the public pages list it: what identifies it, and only its published fiscal years, each with its latest
 * publication. Nothing else of the view (no actor, no unpublished year) reaches a public page from here.
 */
record PublishedSheet(String sheetId, SheetView.Municipality municipality, List<String> planTitles,
                      SheetView.Period period, String department, String outcomeTarget, List<Year> years) {

    /** A published year: its latest publication's number and time, and how many errata it has had. */
    record Year(int fiscalYear, String label, int latest, Instant publishedAt, int errata) {
    }

    static PublishedSheet of(SheetView view) {
        List<Year> years = view.fiscalYears.stream().filter(year -> !year.publications.isEmpty()).map(year -> {
            SheetView.Publication latest = year.publications.get(year.publications.size() - 1);
            return new Year(year.fiscalYear, year.label, latest.number(), latest.published().at(),
                    year.publications.size() - 1);
        }).toList();
        return new PublishedSheet(view.sheetId, view.municipality, List.copyOf(view.planTitles), view.period,
                view.department, view.outcomeTarget.label(), years);
    }

    /**
     * The sheet as folded at a publication's event, cut down to the published year: the other years may hold what was
     * never published (or was corrected since their own publication), so their columns are not shown at all.
     */
    static SheetView asPublished(SheetView atPublication, int fiscalYear) {
        atPublication.fiscalYears = atPublication.fiscalYears.stream()
                .filter(year -> year.fiscalYear == fiscalYear).toList();
        return atPublication;
    }
}
