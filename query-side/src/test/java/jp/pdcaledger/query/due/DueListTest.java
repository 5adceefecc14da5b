package jp.pdcaledger.query.due;

import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.query.due.DueList.DueItem;
import jp.pdcaledger.query.sheetview.ReviewStatus;
import jp.pdcaledger.query.sheetview.SheetView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a sheet as its events left it, on a given day: what is due, since when, and for how long. */
class DueListTest {

    private static final DueList DEFAULT_CALENDAR = new DueList(new DueDates(null, null, null, null, null));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static SheetView sheet(ReviewStatus fy2025, ReviewStatus fy2026) {
        SheetView sheet = new SheetView();
        sheet.sheetId = "s1";
        sheet.municipality = new SheetView.Municipality("401005", "北九州市");
        sheet.outcomeTarget = new SheetView.OutcomeTarget(3, "地域生活への移行");
        SheetView.Target target = new SheetView.Target();
        target.key = "gh";
        sheet.targets.add(target);
        sheet.fiscalYears.add(year(2025, fy2025));
        sheet.fiscalYears.add(year(2026, fy2026));
        return sheet;
    }

    private static SheetView.FiscalYearReview year(int fiscalYear, ReviewStatus status) {
        SheetView.FiscalYearReview year = new SheetView.FiscalYearReview();
        year.fiscalYear = fiscalYear;
        year.status = status;
        if (status != ReviewStatus.NOT_STARTED) {
            SheetView.Actual actual = new SheetView.Actual();
            actual.key = "gh";
            year.actuals.add(actual);
        }
        return year;
    }

    private static SheetView.Text opinion(String text, Instant at) {
        SheetView.Text opinion = new SheetView.Text();
        opinion.text = text;
        opinion.submitted = new SheetView.Change(at, "council", null);
        return opinion;
    }

    @Test
    void a_year_ended_without_its_actuals_owes_them_from_30_june_and_a_year_not_ended_owes_nothing() {
        List<DueItem> due = DEFAULT_CALENDAR.of(List.of(sheet(ReviewStatus.NOT_STARTED, ReviewStatus.NOT_STARTED)), TODAY);

        assertThat(due).singleElement().satisfies(item -> {
            assertThat(item.fiscalYear()).isEqualTo(2025);
            assertThat(item.step()).isEqualTo(DueStep.ACTUALS);
            assertThat(item.actor()).isEqualTo("STAFF");
            assertThat(item.dueSince()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(item.daysWaiting()).isEqualTo(149);
        });
    }

    @Test
    void each_step_is_due_on_its_own_day_of_the_calendar_and_only_once_that_day_has_passed() {
        assertThat(DEFAULT_CALENDAR.of(List.of(sheet(ReviewStatus.ACTUALS_RECORDED, ReviewStatus.NOT_STARTED)), TODAY))
                .extracting(DueItem::step, DueItem::dueSince).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DueStep.EVALUATION, LocalDate.of(2026, 8, 31)));
        assertThat(DEFAULT_CALENDAR.of(List.of(sheet(ReviewStatus.EVALUATED, ReviewStatus.NOT_STARTED)), TODAY))
                .extracting(DueItem::step, DueItem::actor).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DueStep.COUNCIL_OPINION, "COUNCIL"));
        assertThat(DEFAULT_CALENDAR.of(List.of(sheet(ReviewStatus.IMPROVEMENT_PLANNED, ReviewStatus.NOT_STARTED)), TODAY))
                .as("FY2025 closes by 31 March 2027: not due yet").isEmpty();
        DueList ownCalendar = new DueList(new DueDates(null, MonthDay.of(12, 1), null, null, null));
        assertThat(ownCalendar.of(List.of(sheet(ReviewStatus.ACTUALS_RECORDED, ReviewStatus.NOT_STARTED)), TODAY))
                .as("a municipality that evaluates by 1 December").isEmpty();
    }

    @Test
    void a_closed_year_owes_its_publication_from_the_day_it_was_closed_until_it_is_published() {
        SheetView sheet = sheet(ReviewStatus.CLOSED, ReviewStatus.NOT_STARTED);
        SheetView.FiscalYearReview fy2025 = sheet.fiscalYears.get(0);
        fy2025.closings.add(new SheetView.Change(Instant.parse("2026-11-01T01:00:00Z"), "staff", null));

        assertThat(DEFAULT_CALENDAR.of(List.of(sheet), TODAY)).singleElement().satisfies(item -> {
            assertThat(item.step()).isEqualTo(DueStep.PUBLISH);
            assertThat(item.dueSince()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(item.daysWaiting()).isEqualTo(25);
        });

        fy2025.publications.add(new SheetView.Publication(null, 1,
                new SheetView.Change(Instant.parse("2026-11-20T01:00:00Z"), "staff", null), 9));
        assertThat(DEFAULT_CALENDAR.of(List.of(sheet), TODAY)).isEmpty();
    }

    @Test
    void a_published_year_owes_nothing_but_the_answers_to_its_opinions_from_the_day_each_was_given() {
        SheetView sheet = sheet(ReviewStatus.CLOSED, ReviewStatus.NOT_STARTED);
        SheetView.FiscalYearReview fy2025 = sheet.fiscalYears.get(0);
        fy2025.publications.add(new SheetView.Publication(null, 1,
                new SheetView.Change(Instant.parse("2026-11-20T01:00:00Z"), "staff", null), 9));
        fy2025.councilOpinions.add(opinion("取組を具体化してください。", Instant.parse("2026-10-01T01:00:00Z")));
        fy2025.councilOpinions.add(opinion("実績を示してください。", Instant.parse("2026-10-02T01:00:00Z")));
        fy2025.opinionAnswers.add(new SheetView.OpinionAnswer(new SheetView.Change(Instant.parse("2026-10-20T01:00:00Z"),
                "staff", null), 1, null, null, OpinionResponse.UNDER_CONSIDERATION, "検討します。"));

        List<DueItem> due = DEFAULT_CALENDAR.of(List.of(sheet), TODAY);

        assertThat(due).singleElement().satisfies(item -> {
            assertThat(item.step()).isEqualTo(DueStep.OPINION_ANSWER);
            assertThat(item.opinion()).isEqualTo(2);
            assertThat(item.dueSince()).isEqualTo(LocalDate.of(2026, 10, 2));
            assertThat(item.daysWaiting()).isEqualTo(55);
        });
    }
}
