package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
import jp.pdcaledger.kernel.sheet.TextLimits;
import org.junit.jupiter.api.Test;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

class HearingTheCouncilTest {

    @Test
    void a_council_opinion_on_the_evaluation_is_added() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2018)))
                .when(new AddCouncilOpinion(SHEET, FY2018, "地域生活支援拠点の整備を急いで欲しいです。", null))
                .expectEvents(opinionAdded(FY2018, "地域生活支援拠点の整備を急いで欲しいです。"))
                .expectResultMessagePayload(4L);
    }

    @Test
    void several_council_opinions_are_added_one_after_another() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2018),
                        opinionAdded(FY2018, "地域生活支援拠点の整備を急いで欲しいです。")))
                .when(new AddCouncilOpinion(SHEET, FY2018, "取り組みを具体化させて欲しいです。", null))
                .expectEvents(opinionAdded(FY2018, "取り組みを具体化させて欲しいです。"));
    }

    /**
     * A year's opinions are printed in one cell of the workbook (each after ・, one a line), which holds 32,767
     * characters: two opinions of 17,000 each fit the ledger one by one but not the cell, so the second is refused.
     */
    @Test
    void a_second_opinion_past_what_one_cell_holds_for_the_year_is_refused_naming_the_text() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2018), opinionAdded(FY2018, "意".repeat(17_000))))
                .when(new AddCouncilOpinion(SHEET, FY2018, "見".repeat(17_000), null))
                .expectNoEvents()
                .expectException(invalidField("text"));
    }

    @Test
    void opinions_that_fill_the_cell_exactly_are_added() {
        // 20,000 + its mark, a line break, then 12,765 + its mark: 32,767
        String last = "見".repeat(TextLimits.YEAR_OPINIONS - (20_000 + 1) - 1 - 1);
        fixture().given(history(seedDefined(), evaluatedYear(FY2018), opinionAdded(FY2018, "意".repeat(20_000))))
                .when(new AddCouncilOpinion(SHEET, FY2018, last, null))
                .expectEvents(opinionAdded(FY2018, last));
        fixture().given(history(seedDefined(), evaluatedYear(FY2018), opinionAdded(FY2018, "意".repeat(20_000))))
                .when(new AddCouncilOpinion(SHEET, FY2018, last + "。", null))
                .expectNoEvents()
                .expectException(invalidField("text"));
    }

    @Test
    void the_bound_is_per_fiscal_year() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2018), opinionAdded(FY2018, "意".repeat(20_000)),
                        evaluatedYear(FY2019)))
                .when(new AddCouncilOpinion(SHEET, FY2019, "見".repeat(20_000), null))
                .expectEvents(opinionAdded(FY2019, "見".repeat(20_000)));
    }

    @Test
    void an_opinion_before_the_evaluation_is_refused_naming_submit_evaluation() {
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new AddCouncilOpinion(SHEET, FY2018, "意見", null))
                .expectNoEvents()
                .expectException(missingStep("SubmitEvaluation"));
    }

    @Test
    void an_opinion_before_the_actuals_is_refused_naming_record_annual_actual() {
        fixture().given(seedDefined())
                .when(new AddCouncilOpinion(SHEET, FY2018, "意見", null))
                .expectNoEvents()
                .expectException(missingStep("RecordAnnualActual"));
    }

    @Test
    void an_empty_opinion_is_refused_naming_the_text() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2018)))
                .when(new AddCouncilOpinion(SHEET, FY2018, " \n", null))
                .expectNoEvents()
                .expectException(invalidField("text"));
    }

    @Test
    void the_council_having_no_opinion_is_recorded() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2020)))
                .when(new RecordNoCouncilOpinion(SHEET, FY2020, null))
                .expectEvents(noOpinionRecorded(FY2020));
    }

    @Test
    void no_opinion_before_the_evaluation_is_refused_naming_submit_evaluation() {
        fixture().given(history(seedDefined(), actualRecorded(FY2020, 1)))
                .when(new RecordNoCouncilOpinion(SHEET, FY2020, null))
                .expectNoEvents()
                .expectException(missingStep("SubmitEvaluation"));
    }

    @Test
    void no_opinion_recorded_twice_is_refused_as_already_taken() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2020), noOpinionRecorded(FY2020)))
                .when(new RecordNoCouncilOpinion(SHEET, FY2020, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void an_opinion_after_no_opinion_was_recorded_is_refused_as_already_taken() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2020), noOpinionRecorded(FY2020)))
                .when(new AddCouncilOpinion(SHEET, FY2020, "意見", null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void no_opinion_after_opinions_were_added_is_refused_as_already_taken() {
        fixture().given(history(seedDefined(), heardYear(FY2018)))
                .when(new RecordNoCouncilOpinion(SHEET, FY2018, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void the_council_of_one_year_does_not_count_for_the_next() {
        fixture().given(history(seedDefined(), heardYear(FY2018), actualRecorded(FY2019, 0)))
                .when(new AddCouncilOpinion(SHEET, FY2019, "意見", null))
                .expectNoEvents()
                .expectException(missingStep("SubmitEvaluation"));
    }
}
