package jp.pdcaledger.kernel.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The year's review order as the guideline gives it, and the names each side uses for its steps. */
class ReviewStepTest {

    @Test
    void the_steps_come_in_the_order_of_the_paper_actuals_evaluation_council_improvement_close() {
        assertThat(ReviewStep.values()).containsExactly(ReviewStep.ACTUALS, ReviewStep.EVALUATION, ReviewStep.COUNCIL,
                ReviewStep.IMPROVEMENT, ReviewStep.CLOSE);
        assertThat(ReviewStep.ACTUALS.next()).isEqualTo(ReviewStep.EVALUATION);
        assertThat(ReviewStep.IMPROVEMENT.next()).isEqualTo(ReviewStep.CLOSE);
        assertThat(ReviewStep.CLOSE.next()).isNull();
        assertThat(ReviewStep.EVALUATION.comesBefore(ReviewStep.COUNCIL)).isTrue();
        assertThat(ReviewStep.COUNCIL.comesBefore(ReviewStep.COUNCIL)).isFalse();
    }

    @Test
    void each_step_is_named_by_the_command_that_takes_it_as_the_api_and_its_refusals_name_it() {
        assertThat(ReviewStep.ACTUALS.command()).isEqualTo("RecordAnnualActual");
        assertThat(ReviewStep.EVALUATION.command()).isEqualTo("SubmitEvaluation");
        assertThat(ReviewStep.COUNCIL.command()).isEqualTo("AddCouncilOpinion");
        assertThat(ReviewStep.IMPROVEMENT.command()).isEqualTo("PlanImprovement");
        assertThat(ReviewStep.CLOSE.command()).isEqualTo("CloseReview");
    }

    @Test
    void only_the_council_step_is_the_councils() {
        assertThat(ReviewStep.values()).filteredOn(ReviewStep::council).containsExactly(ReviewStep.COUNCIL);
    }
}
