package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.ClassifyTarget;
import jp.pdcaledger.kernel.command.DefineTarget;
import jp.pdcaledger.kernel.event.TargetClassified;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.TargetKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

/** A target may be classified under a measure of the guideline in force for its sheet's period (issue 18). */
class ClassifyingTargetsTest {

    private static DefineTarget supportBasesUnder(GuidelineMeasure measure) {
        return new DefineTarget(SHEET, SUPPORT_BASES, "地域生活支援拠点等の整備", TargetKind.NUMERIC, "箇所", null,
                BigDecimal.ONE, FY2020, Direction.INCREASE, false, null, null, measure, null);
    }

    @Test
    void a_target_of_the_fifth_period_is_classified_under_a_measure_of_the_fifth_periods_guideline() {
        fixture().given(seedRegistered())
                .when(supportBasesUnder(GuidelineMeasure.COMMUNITY_LIVING_BASE))
                .expectEvents(new TargetDefined(SHEET, SUPPORT_BASES, "地域生活支援拠点等の整備", TargetKind.NUMERIC,
                        "箇所", null, BigDecimal.ONE, FY2020, Direction.INCREASE, false, null, null,
                        GuidelineMeasure.COMMUNITY_LIVING_BASE));
    }

    @Test
    void a_target_without_a_measure_stays_unclassified_as_before() {
        fixture().given(seedRegistered())
                .when(supportBasesUnder(null))
                .expectEvents(new TargetDefined(SHEET, SUPPORT_BASES, "地域生活支援拠点等の整備", TargetKind.NUMERIC,
                        "箇所", null, BigDecimal.ONE, FY2020, Direction.INCREASE, false, null, null));
    }

    @Test
    void a_target_defined_before_the_measures_is_classified_later_and_reclassified_with_what_it_was() {
        fixture().given(seedRegistered(), supportBasesDefined())
                .when(new ClassifyTarget(SHEET, SUPPORT_BASES, GuidelineMeasure.COMMUNITY_LIVING_BASE, null))
                .expectEvents(new TargetClassified(SHEET, SUPPORT_BASES, GuidelineMeasure.COMMUNITY_LIVING_BASE, null));
        fixture().given(seedRegistered(), supportBasesDefined(),
                        new TargetClassified(SHEET, SUPPORT_BASES, GuidelineMeasure.COMMUNITY_LIVING_BASE, null))
                .when(new ClassifyTarget(SHEET, SUPPORT_BASES, GuidelineMeasure.COMMUNITY_TRANSITION, null))
                .expectEvents(new TargetClassified(SHEET, SUPPORT_BASES, GuidelineMeasure.COMMUNITY_TRANSITION,
                        GuidelineMeasure.COMMUNITY_LIVING_BASE));
    }

    @Test
    void classifying_again_under_the_same_measure_an_unknown_target_or_none_is_refused_naming_the_field() {
        fixture().given(seedRegistered(), supportBasesDefined(),
                        new TargetClassified(SHEET, SUPPORT_BASES, GuidelineMeasure.COMMUNITY_LIVING_BASE, null))
                .when(new ClassifyTarget(SHEET, SUPPORT_BASES, GuidelineMeasure.COMMUNITY_LIVING_BASE, null))
                .expectNoEvents()
                .expectException(invalidField("measure"));
        fixture().given(seedRegistered(), supportBasesDefined())
                .when(new ClassifyTarget(SHEET, COORDINATORS, GuidelineMeasure.COMMUNITY_LIVING_BASE, null))
                .expectNoEvents()
                .expectException(invalidField("key"));
        fixture().given(seedRegistered(), supportBasesDefined())
                .when(new ClassifyTarget(SHEET, SUPPORT_BASES, null, null))
                .expectNoEvents()
                .expectException(invalidField("measure"));
        fixture().given(seedRegistered(), supportBasesDefined())
                .when(new ClassifyTarget(SHEET, SUPPORT_BASES, GuidelineMeasure.SERVICE_QUALITY_IMPROVEMENT, null))
                .expectNoEvents()
                .expectException(invalidField("measure"));
    }

    @Test
    void a_measure_the_periods_guideline_does_not_have_is_refused_naming_the_measure() {
        // 相談支援体制の充実・強化等 entered the guideline with 第6期; the seed is a 第5期 sheet
        fixture().given(seedRegistered())
                .when(supportBasesUnder(GuidelineMeasure.CONSULTATION_SUPPORT_SYSTEM))
                .expectNoEvents()
                .expectException(invalidField("measure"));
    }
}
