package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;
import static org.hamcrest.Matchers.containsString;

class RegisteringSheetsTest {

    private static final SheetId OTHER_SHEET = SheetId.of("0b7e2a64-8d1f-4f3e-b0c2-5a9d6e4f3c21");

    @Test
    void registering_a_sheet_emits_sheet_registered_and_answers_its_id() {
        fixture().givenNoPriorActivity()
                .when(registerSeed())
                .expectEvents(seedRegistered())
                .expectResultMessagePayload(SHEET);
    }

    @Test
    void a_second_sheet_for_the_same_municipality_period_and_outcome_target_is_refused_naming_the_existing_sheet() {
        fixture().givenCommands(registerSeed())
                .when(withSheetId(registerSeed(), OTHER_SHEET))
                .expectNoEvents()
                .expectException(alreadyRegisteredAs(SHEET))
                .expectExceptionMessage(containsString(SHEET.value()));
    }

    @Test
    void the_registry_is_shared_so_a_registration_through_another_fixture_is_refused_too() {
        InMemorySheetRegistry registry = new InMemorySheetRegistry();
        fixture(registry).givenNoPriorActivity()
                .when(registerSeed())
                .expectEvents(seedRegistered());

        fixture(registry).givenNoPriorActivity()
                .when(withSheetId(registerSeed(), OTHER_SHEET))
                .expectNoEvents()
                .expectException(alreadyRegisteredAs(SHEET));
    }

    @Test
    void a_refused_registration_leaves_nothing_in_the_registry() {
        InMemorySheetRegistry registry = new InMemorySheetRegistry();
        fixture(registry).givenNoPriorActivity()
                .when(withPlanTitles(registerSeed(), List.of()))
                .expectNoEvents()
                .expectException(invalidField("planTitles"));

        fixture(registry).givenNoPriorActivity()
                .when(registerSeed())
                .expectEvents(seedRegistered());
    }

    @Test
    void a_sheet_without_plan_titles_is_refused_naming_the_field() {
        fixture().givenNoPriorActivity()
                .when(withPlanTitles(registerSeed(), List.of()))
                .expectNoEvents()
                .expectException(invalidField("planTitles"));
    }

    /** The sheet's title names every plan in one line (one cell of the workbook): ten plans at most. */
    @Test
    void more_plan_titles_than_one_title_line_holds_are_refused_naming_the_field() {
        List<String> eleven = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "第" + i + "期計画").toList();
        fixture().givenNoPriorActivity()
                .when(withPlanTitles(registerSeed(), eleven))
                .expectNoEvents()
                .expectException(invalidField("planTitles"));
        fixture().givenNoPriorActivity()
                .when(withPlanTitles(registerSeed(), eleven.subList(0, 10)))
                .expectEvents(registered(withPlanTitles(registerSeed(), eleven.subList(0, 10))));
    }

    @Test
    void a_blank_plan_title_is_refused_naming_its_index() {
        fixture().givenNoPriorActivity()
                .when(withPlanTitles(registerSeed(), List.of("第５期北九州市障害福祉計画", "  ")))
                .expectNoEvents()
                .expectException(invalidField("planTitles[1]"));
    }

    @Test
    void a_blank_outcome_target_title_is_refused_naming_the_field() {
        fixture().givenNoPriorActivity()
                .when(withOutcomeTarget(registerSeed(), new OutcomeTarget(3, " ")))
                .expectNoEvents()
                .expectException(invalidField("outcomeTarget.title"));
    }

    @Test
    void outcome_target_number_zero_is_refused_naming_the_field() {
        fixture().givenNoPriorActivity()
                .when(withOutcomeTarget(registerSeed(), new OutcomeTarget(0, "地域生活支援拠点等の整備")))
                .expectNoEvents()
                .expectException(invalidField("outcomeTarget.number"));
    }

    @Test
    void a_combined_progress_table_is_registered_without_an_outcome_number() {
        RegisterSheet combined = withOutcomeTarget(registerSeed(), new OutcomeTarget(null, "進捗状況の総括"));
        fixture().givenNoPriorActivity()
                .when(combined)
                .expectEvents(registered(combined))
                .expectResultMessagePayload(SHEET);
    }

    private static RegisterSheet withSheetId(RegisterSheet c, SheetId sheetId) {
        return new RegisterSheet(sheetId, c.municipality(), c.planTitles(), c.period(), c.department(),
                c.councilName(), c.outcomeTarget());
    }

    private static RegisterSheet withPlanTitles(RegisterSheet c, List<String> planTitles) {
        return new RegisterSheet(c.sheetId(), c.municipality(), planTitles, c.period(), c.department(),
                c.councilName(), c.outcomeTarget());
    }

    private static RegisterSheet withOutcomeTarget(RegisterSheet c, OutcomeTarget outcomeTarget) {
        return new RegisterSheet(c.sheetId(), c.municipality(), c.planTitles(), c.period(), c.department(),
                c.councilName(), outcomeTarget);
    }
}
