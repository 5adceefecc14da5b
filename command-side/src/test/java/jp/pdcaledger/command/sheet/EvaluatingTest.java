package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.ReviseEvaluation;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import jp.pdcaledger.kernel.event.EvaluationRevised;
import jp.pdcaledger.kernel.event.EvaluationSubmitted;
import jp.pdcaledger.kernel.sheet.TextLimits;
import org.junit.jupiter.api.Test;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

class EvaluatingTest {

    private static final String REASON = "協議会の開催前に数値の説明を補足";

    @Test
    void an_evaluation_of_a_year_with_its_actuals_is_submitted() {
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new SubmitEvaluation(SHEET, FY2018, "評価の本文", null))
                .expectEvents(evaluationSubmitted(FY2018))
                .expectResultMessagePayload(3L);
    }

    @Test
    void an_evaluation_keeps_its_line_breaks() {
        String text = "国が拠点等を整備する時期を延期しました。\n引き続き検討を行います。";
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new SubmitEvaluation(SHEET, FY2018, text, null))
                .expectEvents(new EvaluationSubmitted(SHEET, FY2018, text));
    }

    @Test
    void a_second_submission_is_refused_as_already_taken() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2018)))
                .when(new SubmitEvaluation(SHEET, FY2018, "別の評価", null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void a_revision_with_a_reason_emits_evaluation_revised_with_the_previous_text() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2018)))
                .when(new ReviseEvaluation(SHEET, FY2018, "修正した評価", REASON, null))
                .expectEvents(new EvaluationRevised(SHEET, FY2018, "修正した評価", "評価の本文"));
    }

    @Test
    void a_second_revision_names_the_first_revision_as_the_previous_text() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2018),
                        new EvaluationRevised(SHEET, FY2018, "修正した評価", "評価の本文")))
                .when(new ReviseEvaluation(SHEET, FY2018, "再修正した評価", REASON, null))
                .expectEvents(new EvaluationRevised(SHEET, FY2018, "再修正した評価", "修正した評価"));
    }

    @Test
    void a_revision_after_a_council_opinion_is_refused_as_already_taken() {
        fixture().given(history(seedDefined(), heardYear(FY2018)))
                .when(new ReviseEvaluation(SHEET, FY2018, "修正した評価", REASON, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void a_revision_after_the_council_had_no_opinion_is_refused_as_already_taken() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2020), noOpinionRecorded(FY2020)))
                .when(new ReviseEvaluation(SHEET, FY2020, "修正した評価", REASON, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void a_revision_without_an_evaluation_is_refused_naming_submit_evaluation() {
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new ReviseEvaluation(SHEET, FY2018, "修正した評価", REASON, null))
                .expectNoEvents()
                .expectException(missingStep("SubmitEvaluation"));
    }

    @Test
    void a_revision_without_a_reason_is_refused_naming_the_reason() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2018)))
                .when(new ReviseEvaluation(SHEET, FY2018, "修正した評価", null, null))
                .expectNoEvents()
                .expectException(invalidField("reason"));
    }

    @Test
    void a_revision_to_the_same_text_is_refused_naming_the_text() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2018)))
                .when(new ReviseEvaluation(SHEET, FY2018, "評価の本文", REASON, null))
                .expectNoEvents()
                .expectException(invalidField("text"));
    }

    @Test
    void an_empty_evaluation_is_refused_naming_the_text() {
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new SubmitEvaluation(SHEET, FY2018, "", null))
                .expectNoEvents()
                .expectException(invalidField("text"));
    }

    @Test
    void an_evaluation_over_the_prose_limit_is_refused_naming_the_text() {
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new SubmitEvaluation(SHEET, FY2018, "評".repeat(TextLimits.PROSE + 1), null))
                .expectNoEvents()
                .expectException(invalidField("text"));
    }

    @Test
    void the_prose_limit_counts_characters_not_utf16_units() {
        String atTheLimit = "𠮷".repeat(TextLimits.PROSE);
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new SubmitEvaluation(SHEET, FY2018, atTheLimit, null))
                .expectEvents(new EvaluationSubmitted(SHEET, FY2018, atTheLimit));
    }

    @Test
    void an_evaluation_of_a_year_outside_the_period_is_refused_naming_the_fiscal_year() {
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new SubmitEvaluation(SHEET, FY2021, "評価の本文", null))
                .expectNoEvents()
                .expectException(invalidField("fiscalYear"));
    }
}
