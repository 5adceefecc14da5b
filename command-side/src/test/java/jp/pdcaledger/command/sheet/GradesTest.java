package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.DefineGradeScale;
import jp.pdcaledger.kernel.command.ReviseEvaluation;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import jp.pdcaledger.kernel.event.EvaluationRevised;
import jp.pdcaledger.kernel.event.EvaluationSubmitted;
import jp.pdcaledger.kernel.event.GradeScaleDefined;
import jp.pdcaledger.kernel.sheet.Grade;
import org.junit.jupiter.api.Test;

import java.util.List;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

/**
 * Grades (issue 21): the sheet defines its grade scale once, and an evaluation may carry a grade of it, revised with
 * a reason like the text.
 */
class GradesTest {

    private static final List<Grade> SCALE = List.of(new Grade("A", "目標以上"), new Grade("B", "目標どおり"),
            new Grade("C", "改善の余地あり"));

    private static GradeScaleDefined scaleDefined() {
        return new GradeScaleDefined(SHEET, SCALE);
    }

    @Test
    void the_scale_is_defined_best_grade_first() {
        fixture().given(seedDefined())
                .when(new DefineGradeScale(SHEET, SCALE, null))
                .expectEvents(scaleDefined());
    }

    @Test
    void the_scale_is_defined_once() {
        fixture().given(history(seedDefined(), scaleDefined()))
                .when(new DefineGradeScale(SHEET, List.of(new Grade("◎", null)), null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void a_scale_with_no_grade_or_a_code_twice_is_refused_naming_the_field() {
        fixture().given(seedDefined())
                .when(new DefineGradeScale(SHEET, List.of(), null))
                .expectNoEvents()
                .expectException(invalidField("grades"));
        fixture().given(seedDefined())
                .when(new DefineGradeScale(SHEET, List.of(new Grade("◎", "達成"), new Grade("◎", null)), null))
                .expectNoEvents()
                .expectException(invalidField("grades[1].code"));
        fixture().given(seedDefined())
                .when(new DefineGradeScale(SHEET, List.of(new Grade(" A", null)), null))
                .expectNoEvents()
                .expectException(invalidField("grades[0].code"));
    }

    @Test
    void an_evaluation_carries_a_grade_of_the_scale() {
        fixture().given(history(seedDefined(), scaleDefined(), actualRecorded(FY2020, 1)))
                .when(new SubmitEvaluation(SHEET, FY2020, "目標を達成しました。", "A", null))
                .expectEvents(new EvaluationSubmitted(SHEET, FY2020, "目標を達成しました。", "A"));
    }

    @Test
    void a_grade_not_on_the_scale_is_refused_naming_grade() {
        fixture().given(history(seedDefined(), scaleDefined(), actualRecorded(FY2020, 1)))
                .when(new SubmitEvaluation(SHEET, FY2020, "評価", "S", null))
                .expectNoEvents()
                .expectException(invalidField("grade"));
    }

    @Test
    void a_grade_on_a_sheet_without_a_scale_needs_the_scale_first() {
        fixture().given(history(seedDefined(), actualRecorded(FY2020, 1)))
                .when(new SubmitEvaluation(SHEET, FY2020, "評価", "A", null))
                .expectNoEvents()
                .expectException(missingStep("DefineGradeScale"));
    }

    @Test
    void a_revision_of_the_grade_alone_keeps_the_grade_it_replaces() {
        fixture().given(history(seedDefined(), scaleDefined(), actualRecorded(FY2020, 1),
                        new EvaluationSubmitted(SHEET, FY2020, "評価の本文", "B")))
                .when(new ReviseEvaluation(SHEET, FY2020, "評価の本文", "A", "確定値で見直し", null))
                .expectEvents(new EvaluationRevised(SHEET, FY2020, "評価の本文", "評価の本文", "A", "B"));
    }

    @Test
    void a_revision_that_changes_neither_text_nor_grade_is_refused() {
        fixture().given(history(seedDefined(), scaleDefined(), actualRecorded(FY2020, 1),
                        new EvaluationSubmitted(SHEET, FY2020, "評価の本文", "B")))
                .when(new ReviseEvaluation(SHEET, FY2020, "評価の本文", "B", "理由", null))
                .expectNoEvents()
                .expectException(invalidField("text"));
    }

    @Test
    void an_evaluation_without_a_grade_is_stored_as_every_evaluation_was_before() {
        fixture().given(history(seedDefined(), scaleDefined(), actualRecorded(FY2020, 1)))
                .when(new SubmitEvaluation(SHEET, FY2020, "評価の本文", null))
                .expectEvents(evaluationSubmitted(FY2020));
    }
}
