package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.ReviseTarget;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.event.TargetRevised;
import jp.pdcaledger.kernel.sheet.TargetKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

class RevisingTargetsTest {

    /** The seed's FY2018 evaluation tells of it: the guideline moved the deadline, the city re-set its target. */
    private static final String REASON = "国が拠点等を整備する時期を令和２年度末までと延期したため";

    @Test
    void a_revision_emits_target_revised_with_the_values_it_replaces() {
        TargetDefined before = supportBasesDefined();
        fixture().given(seedDefined())
                .when(new ReviseTarget(SHEET, SUPPORT_BASES, BigDecimal.valueOf(2), FY2019, "新しい考え方", REASON, null))
                .expectEvents(new TargetRevised(SHEET, SUPPORT_BASES, BigDecimal.valueOf(2), FY2019, "新しい考え方",
                        before.targetValue(), before.deadlineFiscalYear(), before.rationale()))
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_revision_giving_only_the_deadline_keeps_the_value_and_the_rationale_in_force() {
        TargetDefined before = supportBasesDefined();
        fixture().given(seedDefined())
                .when(new ReviseTarget(SHEET, SUPPORT_BASES, null, FY2019, null, REASON, null))
                .expectEvents(new TargetRevised(SHEET, SUPPORT_BASES, before.targetValue(), FY2019, before.rationale(),
                        before.targetValue(), before.deadlineFiscalYear(), before.rationale()));
    }

    @Test
    void a_second_revision_names_the_first_revision_as_what_it_replaces() {
        TargetDefined before = supportBasesDefined();
        fixture().given(history(seedDefined(), new TargetRevised(SHEET, SUPPORT_BASES, before.targetValue(), FY2019,
                        before.rationale(), before.targetValue(), before.deadlineFiscalYear(), before.rationale())))
                .when(new ReviseTarget(SHEET, SUPPORT_BASES, null, FY2020, null, REASON, null))
                .expectEvents(new TargetRevised(SHEET, SUPPORT_BASES, before.targetValue(), FY2020, before.rationale(),
                        before.targetValue(), FY2019, before.rationale()));
    }

    @Test
    void a_revision_without_a_reason_is_refused_naming_the_reason() {
        fixture().given(seedDefined())
                .when(new ReviseTarget(SHEET, SUPPORT_BASES, null, FY2019, null, null, null))
                .expectNoEvents()
                .expectException(invalidField("reason"));
    }

    @Test
    void a_revision_of_an_unknown_key_is_refused_naming_the_key() {
        fixture().given(seedDefined())
                .when(new ReviseTarget(SHEET, TargetKey.of("no-such-target"), null, FY2019, null, REASON, null))
                .expectNoEvents()
                .expectException(invalidField("key"));
    }

    @Test
    void a_revision_that_changes_nothing_is_refused() {
        TargetDefined before = supportBasesDefined();
        fixture().given(seedDefined())
                .when(new ReviseTarget(SHEET, SUPPORT_BASES, new BigDecimal("1.00"), before.deadlineFiscalYear(),
                        before.rationale(), REASON, null))
                .expectNoEvents()
                .expectException(invalidField("targetValue"));
    }

    @Test
    void a_revision_giving_a_value_to_a_target_without_a_numeric_goal_is_refused_naming_the_target_value() {
        fixture().given(seedRegistered(), coordinatorsDefined())
                .when(new ReviseTarget(SHEET, COORDINATORS, BigDecimal.ONE, null, null, REASON, null))
                .expectNoEvents()
                .expectException(invalidField("targetValue"));
    }

    @Test
    void a_revision_giving_a_deadline_to_a_target_without_a_numeric_goal_is_refused_naming_the_deadline() {
        fixture().given(seedRegistered(), coordinatorsDefined())
                .when(new ReviseTarget(SHEET, COORDINATORS, null, FY2020, null, REASON, null))
                .expectNoEvents()
                .expectException(invalidField("deadlineFiscalYear"));
    }

    @Test
    void the_rationale_of_a_target_without_a_numeric_goal_is_revised() {
        fixture().given(seedRegistered(), coordinatorsDefined())
                .when(new ReviseTarget(SHEET, COORDINATORS, null, null, "基幹相談支援センターに配置する", REASON, null))
                .expectEvents(new TargetRevised(SHEET, COORDINATORS, null, null, "基幹相談支援センターに配置する",
                        null, null, null));
    }

    @Test
    void a_revision_to_a_negative_value_is_refused_naming_the_target_value() {
        fixture().given(seedDefined())
                .when(new ReviseTarget(SHEET, SUPPORT_BASES, BigDecimal.valueOf(-1), null, null, REASON, null))
                .expectNoEvents()
                .expectException(invalidField("targetValue"));
    }
}
