package jp.pdcaledger.kernel.sheet;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuidelineEditionTest {

    @Test
    void each_fiscal_year_of_a_period_has_that_periods_edition() {
        assertThat(GuidelineEdition.of(FiscalYear.of(2018)).orElseThrow().name()).isEqualTo("第5期");
        assertThat(GuidelineEdition.of(FiscalYear.of(2020)).orElseThrow().name()).isEqualTo("第5期");
        assertThat(GuidelineEdition.of(FiscalYear.of(2021)).orElseThrow().name()).isEqualTo("第6期");
        assertThat(GuidelineEdition.of(FiscalYear.of(2023)).orElseThrow().name()).isEqualTo("第6期");
        assertThat(GuidelineEdition.of(FiscalYear.of(2026)).orElseThrow().name()).isEqualTo("第7期");
    }

    @Test
    void there_is_no_edition_before_the_fifth_period_or_after_the_last_known() {
        assertThat(GuidelineEdition.of(FiscalYear.of(2017))).isEmpty();
        assertThat(GuidelineEdition.of(FiscalYear.of(2027))).isEmpty();
    }

    @Test
    void the_share_moved_to_the_community_went_from_nine_to_six_per_cent() {
        assertThat(goal(2018, GuidelineMeasure.COMMUNITY_TRANSITION).percentage()).isEqualByComparingTo("9");
        assertThat(goal(2021, GuidelineMeasure.COMMUNITY_TRANSITION).percentage()).isEqualByComparingTo("6");
        assertThat(goal(2021, GuidelineMeasure.COMMUNITY_TRANSITION).basis())
                .isEqualTo(GuidelineEdition.Basis.SHARE_OF_BASELINE);
        assertThat(goal(2021, GuidelineMeasure.FACILITY_RESIDENTS_REDUCTION).percentage()).isEqualByComparingTo(new BigDecimal("1.6"));
        assertThat(goal(2021, GuidelineMeasure.FACILITY_RESIDENTS_REDUCTION).basis())
                .isEqualTo(GuidelineEdition.Basis.REDUCTION_FROM_BASELINE);
    }

    @Test
    void a_measure_without_a_percentage_has_a_goal_without_one() {
        assertThat(goal(2021, GuidelineMeasure.COMMUNITY_LIVING_BASE).percentage()).isNull();
    }

    @Test
    void consultation_support_and_service_quality_entered_with_the_sixth_period() {
        GuidelineEdition fifth = GuidelineEdition.of(FiscalYear.of(2018)).orElseThrow();
        GuidelineEdition sixth = GuidelineEdition.of(FiscalYear.of(2021)).orElseThrow();
        assertThat(fifth.has(GuidelineMeasure.CONSULTATION_SUPPORT_SYSTEM)).isFalse();
        assertThat(sixth.has(GuidelineMeasure.CONSULTATION_SUPPORT_SYSTEM)).isTrue();
        assertThat(sixth.has(GuidelineMeasure.SERVICE_QUALITY_IMPROVEMENT)).isTrue();
        assertThatThrownBy(() -> fifth.goal(GuidelineMeasure.SERVICE_QUALITY_IMPROVEMENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_measure_belongs_to_an_area_and_the_measures_keep_code_list_order() {
        assertThat(GuidelineMeasure.COMMUNITY_TRANSITION.area()).isEqualTo(GuidelineArea.FACILITY_TO_COMMUNITY);
        GuidelineEdition seventh = GuidelineEdition.of(FiscalYear.of(2024)).orElseThrow();
        assertThat(seventh.measures().get(0)).isEqualTo(GuidelineMeasure.COMMUNITY_TRANSITION);
        assertThat(seventh.measures()).hasSize(GuidelineMeasure.values().length);
    }

    private static GuidelineEdition.Goal goal(int fiscalYear, GuidelineMeasure measure) {
        return GuidelineEdition.of(FiscalYear.of(fiscalYear)).orElseThrow().goal(measure);
    }
}
