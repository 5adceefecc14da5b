package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.PlanImprovement;
import org.junit.jupiter.api.Test;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

class PlanningImprovementsTest {

    @Test
    void an_improvement_is_planned_after_the_councils_opinions() {
        fixture().given(history(seedDefined(), heardYear(FY2018)))
                .when(new PlanImprovement(SHEET, FY2018, "次年度の取組", null))
                .expectEvents(improvementPlanned(FY2018))
                .expectResultMessagePayload(5L);
    }

    @Test
    void an_improvement_is_planned_after_the_council_had_no_opinion() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2020), noOpinionRecorded(FY2020)))
                .when(new PlanImprovement(SHEET, FY2020, "次年度の取組", null))
                .expectEvents(improvementPlanned(FY2020));
    }

    @Test
    void an_improvement_before_the_council_is_heard_is_refused_naming_add_council_opinion() {
        fixture().given(history(seedDefined(), evaluatedYear(FY2018)))
                .when(new PlanImprovement(SHEET, FY2018, "次年度の取組", null))
                .expectNoEvents()
                .expectException(missingStep("AddCouncilOpinion"));
    }

    @Test
    void an_improvement_before_the_evaluation_is_refused_naming_submit_evaluation() {
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new PlanImprovement(SHEET, FY2018, "次年度の取組", null))
                .expectNoEvents()
                .expectException(missingStep("SubmitEvaluation"));
    }

    @Test
    void a_second_improvement_is_refused_as_already_taken() {
        fixture().given(history(seedDefined(), heardYear(FY2018), improvementPlanned(FY2018)))
                .when(new PlanImprovement(SHEET, FY2018, "別の取組", null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void an_empty_improvement_is_refused_naming_the_text() {
        fixture().given(history(seedDefined(), heardYear(FY2018)))
                .when(new PlanImprovement(SHEET, FY2018, null, null))
                .expectNoEvents()
                .expectException(invalidField("text"));
    }
}
