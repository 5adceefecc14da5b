package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.ReviseImprovement;
import jp.pdcaledger.kernel.event.ImprovementRevised;
import org.junit.jupiter.api.Test;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

class RevisingImprovementsTest {

    @Test
    void a_planned_improvement_is_revised_with_a_reason_and_the_text_it_replaces() {
        fixture().given(history(seedDefined(), heardYear(FY2018), improvementPlanned(FY2018)))
                .when(new ReviseImprovement(SHEET, FY2018, "相談支援専門員の研修を年2回に増やす", "回数の誤り", null))
                .expectEvents(new ImprovementRevised(SHEET, FY2018, "相談支援専門員の研修を年2回に増やす", "次年度の取組"))
                .expectResultMessagePayload(6L);
    }

    @Test
    void a_revision_is_revised_again_from_the_text_in_force() {
        fixture().given(history(seedDefined(), heardYear(FY2018), improvementPlanned(FY2018),
                        new ImprovementRevised(SHEET, FY2018, "二つ目の案", "次年度の取組")))
                .when(new ReviseImprovement(SHEET, FY2018, "三つ目の案", "再度の見直し", null))
                .expectEvents(new ImprovementRevised(SHEET, FY2018, "三つ目の案", "二つ目の案"));
    }

    @Test
    void an_improvement_not_planned_yet_is_refused_naming_plan_improvement() {
        fixture().given(history(seedDefined(), heardYear(FY2018)))
                .when(new ReviseImprovement(SHEET, FY2018, "次年度の取組", "理由", null))
                .expectNoEvents()
                .expectException(missingStep("PlanImprovement"));
    }

    @Test
    void a_closed_year_is_reopened_before_its_improvement_is_revised() {
        fixture().given(history(seedDefined(), closedYear(FY2018)))
                .when(new ReviseImprovement(SHEET, FY2018, "別の取組", "理由", null))
                .expectNoEvents()
                .expectException(missingStep("ReopenReview"));
    }

    @Test
    void a_reopened_year_takes_the_revision() {
        fixture().given(history(seedDefined(), closedYear(FY2018), reviewReopened(FY2018)))
                .when(new ReviseImprovement(SHEET, FY2018, "別の取組", "協議会の指摘", null))
                .expectEvents(new ImprovementRevised(SHEET, FY2018, "別の取組", "次年度の取組"));
    }

    @Test
    void a_revision_without_a_reason_is_refused_naming_the_reason() {
        fixture().given(history(seedDefined(), heardYear(FY2018), improvementPlanned(FY2018)))
                .when(new ReviseImprovement(SHEET, FY2018, "別の取組", null, null))
                .expectNoEvents()
                .expectException(invalidField("reason"));
    }

    @Test
    void the_same_text_again_is_refused_naming_the_text() {
        fixture().given(history(seedDefined(), heardYear(FY2018), improvementPlanned(FY2018)))
                .when(new ReviseImprovement(SHEET, FY2018, "次年度の取組", "理由", null))
                .expectNoEvents()
                .expectException(invalidField("text"));
    }

    @Test
    void a_year_outside_the_period_is_refused_naming_the_fiscal_year() {
        fixture().given(history(seedDefined(), heardYear(FY2018), improvementPlanned(FY2018)))
                .when(new ReviseImprovement(SHEET, FY2027, "別の取組", "理由", null))
                .expectNoEvents()
                .expectException(invalidField("fiscalYear"));
    }
}
