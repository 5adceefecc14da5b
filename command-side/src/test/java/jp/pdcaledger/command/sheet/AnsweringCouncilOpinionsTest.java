package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.RespondToCouncilOpinion;
import jp.pdcaledger.kernel.event.CouncilOpinionAnswered;
import org.junit.jupiter.api.Test;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;
import static jp.pdcaledger.kernel.sheet.OpinionResponse.PARTLY_REFLECTED;
import static jp.pdcaledger.kernel.sheet.OpinionResponse.REFLECTED;
import static jp.pdcaledger.kernel.sheet.OpinionResponse.UNDER_CONSIDERATION;

/** Every council opinion gets an answer: how it was reflected, and what was done; revised only with a reason. */
class AnsweringCouncilOpinionsTest {

    private static final String CONSIDERING = "事業者連絡会で周知の方法を検討します。";
    private static final String DONE = "令和２年度に事業者向けの説明会を開きました。";

    @Test
    void the_department_answers_an_opinion_of_the_year() {
        fixture().given(history(seedDefined(), heardYear(FY2018)))
                .when(new RespondToCouncilOpinion(SHEET, FY2018, 1, UNDER_CONSIDERATION, CONSIDERING, null, null))
                .expectEvents(new CouncilOpinionAnswered(SHEET, FY2018, 1, UNDER_CONSIDERATION, CONSIDERING, null, null));
    }

    @Test
    void an_answer_comes_after_the_year_is_closed_and_leaves_it_closed() {
        fixture().given(history(seedDefined(), closedYear(FY2018)))
                .when(new RespondToCouncilOpinion(SHEET, FY2018, 1, REFLECTED, DONE, null, null))
                .expectEvents(new CouncilOpinionAnswered(SHEET, FY2018, 1, REFLECTED, DONE, null, null));
    }

    @Test
    void a_revised_answer_needs_its_reason_and_says_what_it_replaces() {
        CouncilOpinionAnswered first = new CouncilOpinionAnswered(SHEET, FY2018, 1, UNDER_CONSIDERATION, CONSIDERING,
                null, null);
        fixture().given(history(seedDefined(), heardYear(FY2018), first))
                .when(new RespondToCouncilOpinion(SHEET, FY2018, 1, PARTLY_REFLECTED, DONE, null, null))
                .expectNoEvents()
                .expectException(invalidField("reason"));
        fixture().given(history(seedDefined(), heardYear(FY2018), first))
                .when(new RespondToCouncilOpinion(SHEET, FY2018, 1, PARTLY_REFLECTED, DONE, "説明会を開いたため", null))
                .expectEvents(new CouncilOpinionAnswered(SHEET, FY2018, 1, PARTLY_REFLECTED, DONE,
                        UNDER_CONSIDERATION, CONSIDERING));
        fixture().given(history(seedDefined(), heardYear(FY2018), first))
                .when(new RespondToCouncilOpinion(SHEET, FY2018, 1, UNDER_CONSIDERATION, CONSIDERING, "同じ", null))
                .expectNoEvents()
                .expectException(invalidField("text"));
    }

    @Test
    void an_opinion_that_is_not_there_cannot_be_answered() {
        fixture().given(history(seedDefined(), heardYear(FY2018)))
                .when(new RespondToCouncilOpinion(SHEET, FY2018, 2, REFLECTED, DONE, null, null))
                .expectNoEvents()
                .expectException(invalidField("opinion"));
        fixture().given(history(seedDefined(), evaluatedYear(FY2018)))
                .when(new RespondToCouncilOpinion(SHEET, FY2018, 1, REFLECTED, DONE, null, null))
                .expectNoEvents()
                .expectException(missingStep("AddCouncilOpinion"));
    }

    @Test
    void an_answer_names_how_it_was_reflected_and_says_something() {
        fixture().given(history(seedDefined(), heardYear(FY2018)))
                .when(new RespondToCouncilOpinion(SHEET, FY2018, 1, null, DONE, null, null))
                .expectNoEvents()
                .expectException(invalidField("response"));
        fixture().given(history(seedDefined(), heardYear(FY2018)))
                .when(new RespondToCouncilOpinion(SHEET, FY2018, 1, REFLECTED, " ", null, null))
                .expectNoEvents()
                .expectException(invalidField("text"));
    }
}
