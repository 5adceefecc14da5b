package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.CloseReview;
import jp.pdcaledger.kernel.command.CorrectAnnualActual;
import jp.pdcaledger.kernel.command.PlanImprovement;
import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
import jp.pdcaledger.kernel.command.ReopenReview;
import jp.pdcaledger.kernel.command.ReviseEvaluation;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

class ClosingAndReopeningTest {

    private static final String REASON = "実績の集計誤りが判明したため";

    /** FY2018 through every step and closed; the second target (coordinators) has no actual in it. */
    private static List<Object> closedFy2018() {
        return history(seedDefined(), coordinatorsDefined(), closedYear(FY2018));
    }

    @Test
    void a_review_is_closed_after_its_improvement() {
        fixture().given(history(seedDefined(), heardYear(FY2018), improvementPlanned(FY2018)))
                .when(new CloseReview(SHEET, FY2018, null))
                .expectEvents(reviewClosed(FY2018))
                .expectResultMessagePayload(6L);
    }

    @Test
    void a_review_is_closed_after_the_council_had_no_opinion_and_the_improvement() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2020), noOpinionRecorded(FY2020),
                        improvementPlanned(FY2020)))
                .when(new CloseReview(SHEET, FY2020, null))
                .expectEvents(reviewClosed(FY2020));
    }

    @Test
    void closing_before_the_improvement_is_refused_naming_plan_improvement() {
        fixture().given(history(seedDefined(), heardYear(FY2018)))
                .when(new CloseReview(SHEET, FY2018, null))
                .expectNoEvents()
                .expectException(missingStep("PlanImprovement"));
    }

    @Test
    void closing_a_year_with_nothing_reported_is_refused_naming_record_annual_actual() {
        fixture().given(seedDefined())
                .when(new CloseReview(SHEET, FY2018, null))
                .expectNoEvents()
                .expectException(missingStep("RecordAnnualActual"));
    }

    @Test
    void closing_a_closed_review_is_refused_as_already_taken() {
        fixture().given(closedFy2018())
                .when(new CloseReview(SHEET, FY2018, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void an_actual_on_a_closed_year_is_refused_naming_reopen_review() {
        fixture().given(closedFy2018())
                .when(new RecordAnnualActual(SHEET, FY2018, COORDINATORS, BigDecimal.ONE, null, null))
                .expectNoEvents()
                .expectException(missingStep("ReopenReview"));
    }

    @Test
    void a_correction_on_a_closed_year_is_refused_naming_reopen_review() {
        fixture().given(closedFy2018())
                .when(new CorrectAnnualActual(SHEET, FY2018, SUPPORT_BASES, BigDecimal.ONE, null, REASON, null))
                .expectNoEvents()
                .expectException(missingStep("ReopenReview"));
    }

    @Test
    void an_evaluation_on_a_closed_year_is_refused_naming_reopen_review() {
        fixture().given(closedFy2018())
                .when(new SubmitEvaluation(SHEET, FY2018, "別の評価", null))
                .expectNoEvents()
                .expectException(missingStep("ReopenReview"));
    }

    @Test
    void an_evaluation_revision_on_a_closed_year_is_refused_naming_reopen_review() {
        fixture().given(closedFy2018())
                .when(new ReviseEvaluation(SHEET, FY2018, "別の評価", REASON, null))
                .expectNoEvents()
                .expectException(missingStep("ReopenReview"));
    }

    @Test
    void an_opinion_on_a_closed_year_is_refused_naming_reopen_review() {
        fixture().given(closedFy2018())
                .when(new AddCouncilOpinion(SHEET, FY2018, "追加の意見", null))
                .expectNoEvents()
                .expectException(missingStep("ReopenReview"));
    }

    @Test
    void no_opinion_on_a_closed_year_is_refused_naming_reopen_review() {
        fixture().given(closedFy2018())
                .when(new RecordNoCouncilOpinion(SHEET, FY2018, null))
                .expectNoEvents()
                .expectException(missingStep("ReopenReview"));
    }

    @Test
    void an_improvement_on_a_closed_year_is_refused_naming_reopen_review() {
        fixture().given(closedFy2018())
                .when(new PlanImprovement(SHEET, FY2018, "別の取組", null))
                .expectNoEvents()
                .expectException(missingStep("ReopenReview"));
    }

    @Test
    void a_closed_year_does_not_close_the_next() {
        fixture().given(closedFy2018())
                .when(new RecordAnnualActual(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ZERO, null, null))
                .expectEvents(actualRecorded(FY2019, 0));
    }

    @Test
    void a_closed_review_reopened_with_a_reason_emits_review_reopened() {
        fixture().given(closedFy2018())
                .when(new ReopenReview(SHEET, FY2018, REASON, null))
                .expectEvents(reviewReopened(FY2018));
    }

    @Test
    void reopening_without_a_reason_is_refused_naming_the_reason() {
        fixture().given(closedFy2018())
                .when(new ReopenReview(SHEET, FY2018, "", null))
                .expectNoEvents()
                .expectException(invalidField("reason"));
    }

    @Test
    void reopening_an_open_review_is_refused_naming_close_review() {
        fixture().given(history(seedDefined(), heardYear(FY2018)))
                .when(new ReopenReview(SHEET, FY2018, REASON, null))
                .expectNoEvents()
                .expectException(missingStep("CloseReview"));
    }

    @Test
    void after_reopening_a_correction_is_accepted_and_names_the_value_it_replaces() {
        fixture().given(history(closedFy2018(), reviewReopened(FY2018)))
                .when(new CorrectAnnualActual(SHEET, FY2018, SUPPORT_BASES, BigDecimal.ONE, null, REASON, null))
                .expectEvents(new AnnualActualCorrected(SHEET, FY2018, SUPPORT_BASES, BigDecimal.ONE, null,
                        BigDecimal.ZERO, null));
    }

    @Test
    void after_reopening_a_missing_actual_is_recorded() {
        fixture().given(history(closedFy2018(), reviewReopened(FY2018)))
                .when(new RecordAnnualActual(SHEET, FY2018, COORDINATORS, BigDecimal.ONE, null, null))
                .expectEvents(new AnnualActualRecorded(SHEET, FY2018, COORDINATORS, BigDecimal.ONE, null));
    }

    @Test
    void a_reopened_review_is_closed_again() {
        fixture().given(history(closedFy2018(), reviewReopened(FY2018)))
                .when(new CloseReview(SHEET, FY2018, null))
                .expectEvents(reviewClosed(FY2018));
    }
}
