package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
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
