package jp.pdcaledger.query.web;

import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.query.ImportedSheet;
import jp.pdcaledger.query.SheetStream;
import jp.pdcaledger.query.sheetview.SheetView;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static jp.pdcaledger.query.SheetEvents.SUPPORT_BASES;
import static jp.pdcaledger.query.SheetEvents.activityActual;
import static jp.pdcaledger.query.SheetEvents.activityActualCorrected;
import static jp.pdcaledger.query.SheetEvents.actual;
import static jp.pdcaledger.query.SheetEvents.actualCorrected;
import static jp.pdcaledger.query.SheetEvents.baseline;
import static jp.pdcaledger.query.SheetEvents.closed;
import static jp.pdcaledger.query.SheetEvents.evaluation;
import static jp.pdcaledger.query.SheetEvents.evaluationRevised;
import static jp.pdcaledger.query.SheetEvents.improvement;
import static jp.pdcaledger.query.SheetEvents.indicator;
import static jp.pdcaledger.query.SheetEvents.noOpinion;
import static jp.pdcaledger.query.SheetEvents.numericTarget;
import static jp.pdcaledger.query.SheetEvents.opinion;
import static jp.pdcaledger.query.SheetEvents.registered;
import static jp.pdcaledger.query.SheetEvents.reopened;
import static jp.pdcaledger.query.SheetEvents.targetRevised;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's body is its own record, made of the view by one mapping: it is written, byte for byte, as the view was
 * when the view itself was the body (the HTTP contract), whatever the view is made of.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SheetAnswerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_sheet_through_every_step_answers_the_json_its_view_was_answered_with() {
        SheetView view = SheetStream.of(registered(),
                        numericTarget(SUPPORT_BASES, "1", 2017, Direction.INCREASE, baseline("0", 2016)),
                        indicator("consultations", "相談件数", "件", "2018=100"),
                        actual(2018, SUPPORT_BASES, null, "無し"),
                        activityActual(2018, "consultations", "90"),
                        evaluation(2018, "整備に向けて協議しました。"),
                        opinion(2018, "・拠点の機能を周知してください。"),
                        improvement(2018, "事業者向けの説明会を開きます。"),
                        closed(2018), reopened(2018), noOpinion(2019))
                .because("国が整備の時期を延期したため", targetRevised(SUPPORT_BASES, "1", 2017, null, "2", 2020, "新指針"))
                .because("集計誤り", actualCorrected(2018, SUPPORT_BASES, null, "1"))
                .because("集計誤り", activityActualCorrected(2018, "consultations", "90", "95"))
                .because("表現を改めるため", evaluationRevised(2018, "整備に向けて協議しました。", "整備に向けて協議を始めました。"))
                .fold();

        assertThat(JSON.writeValueAsString(SheetAnswer.of(view))).isEqualTo(JSON.writeValueAsString(view));
    }

    @Test
    void an_estimate_and_its_confirmation_are_answered_as_the_view_holds_them() {
        SheetView view = SheetStream.of(registered(),
                        numericTarget(SUPPORT_BASES, "1", 2017, Direction.INCREASE, baseline("0", 2016)),
                        new jp.pdcaledger.kernel.event.AnnualActualRecorded(jp.pdcaledger.query.SheetEvents.SHEET,
                                jp.pdcaledger.kernel.sheet.FiscalYear.of(2018),
                                jp.pdcaledger.kernel.sheet.TargetKey.of(SUPPORT_BASES), java.math.BigDecimal.ONE,
                                "見込", null, true),
                        new jp.pdcaledger.kernel.event.AnnualActualConfirmed(jp.pdcaledger.query.SheetEvents.SHEET,
                                jp.pdcaledger.kernel.sheet.FiscalYear.of(2018),
                                jp.pdcaledger.kernel.sheet.TargetKey.of(SUPPORT_BASES), java.math.BigDecimal.TEN,
                                null, java.time.LocalDate.of(2019, 7, 31), java.math.BigDecimal.ONE, "見込", null))
                .fold();

        assertThat(JSON.writeValueAsString(SheetAnswer.of(view))).isEqualTo(JSON.writeValueAsString(view))
                .contains("\"confirmed\":{").contains("\"estimatedValue\":1");
    }

    @Test
    void the_seed_answers_the_json_its_view_was_answered_with() {
        SheetView view = ImportedSheet.seed().fold();

        assertThat(JSON.writeValueAsString(SheetAnswer.of(view))).isEqualTo(JSON.writeValueAsString(view));
    }
}
