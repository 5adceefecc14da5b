package jp.pdcaledger.command.workbook;

import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.CorrectAnnualActual;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
import jp.pdcaledger.kernel.command.ReviseEvaluation;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.workbook.InvalidWorkbookException;
import jp.pdcaledger.workbook.SheetLayout;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an uploaded workbook changes in the seed sheet, as the commands the API would take. */
class SheetChangesTest {

    private static final SheetId SHEET = SheetId.generate();
    private static final PdcaSheetDocument SEED = seed();
    private static final SheetLayout CELLS = SheetWorkbook.read(SheetWorkbook.write(SEED,
            new SheetWorkbook.Origin(SHEET.value(), 16L))).cells();

    private static PdcaSheetDocument seed() {
        try (InputStream in = SheetChangesTest.class.getResourceAsStream("/fixtures/kitakyushu-5th-outcome3.json")) {
            return JsonMapper.builder().build().readValue(in, PdcaSheetDocument.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed with fiscal year {@code index} changed by {@code change}. */
    private static PdcaSheetDocument withYear(int index, UnaryOperator<PdcaSheetDocument.FiscalYear> change) {
        List<PdcaSheetDocument.FiscalYear> years = new ArrayList<>(SEED.fiscalYears());
        years.set(index, change.apply(years.get(index)));
        return new PdcaSheetDocument(SEED.format(), SEED.municipality(), SEED.planTitles(), SEED.period(),
                SEED.department(), SEED.councilName(), SEED.outcomeTarget(), SEED.targets(), SEED.activityIndicators(),
                years);
    }

    private static PdcaSheetDocument.FiscalYear year(PdcaSheetDocument.FiscalYear year, List<PdcaSheetDocument.Actual> actuals,
                                                     String evaluation, List<String> opinions, boolean none) {
        return new PdcaSheetDocument.FiscalYear(year.fiscalYear(), actuals, year.activityActuals(), evaluation, opinions,
                none, year.improvement());
    }

    private static List<SheetChanges.Step> changes(PdcaSheetDocument uploaded) {
        return SheetChanges.between(SHEET, SEED, uploaded, CELLS, "理由", 16);
    }

    @Test
    void the_same_document_is_no_changes() {
        assertThat(changes(SEED)).isEmpty();
    }

    @Test
    void a_changed_note_is_a_correction_named_by_the_note_cell_and_the_first_command_expects_the_version() {
        List<SheetChanges.Step> steps = changes(withYear(2, y -> year(y,
                List.of(new PdcaSheetDocument.Actual("support-bases", new BigDecimal("1.0"), "拠点1箇所")),
                y.evaluation(), y.councilOpinions(), true)));

        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).change().cell()).isEqualTo(CELLS.actualNoteCell(2020, "support-bases"));
        assertThat(steps.get(0).change().reasonRequired()).isTrue();
        CorrectAnnualActual correction = (CorrectAnnualActual) steps.get(0).command();
        assertThat(correction.note()).isEqualTo("拠点1箇所");
        assertThat(correction.reason()).isEqualTo("理由");
        assertThat(correction.expectedVersion()).isEqualTo(16L);
    }

    @Test
    void a_rewritten_evaluation_is_a_revision_and_an_opinion_written_after_the_others_is_added() {
        List<SheetChanges.Step> steps = changes(withYear(0, y -> {
            List<String> opinions = new ArrayList<>(y.councilOpinions());
            opinions.add("三つ目の意見");
            return year(y, y.actuals(), "書き直した評価", opinions, false);
        }));

        assertThat(steps).extracting(step -> step.command().getClass().getSimpleName())
                .containsExactly("ReviseEvaluation", "AddCouncilOpinion");
        assertThat(((ReviseEvaluation) steps.get(0).command()).expectedVersion()).isEqualTo(16L);
        assertThat(((AddCouncilOpinion) steps.get(1).command()).expectedVersion()).isNull();
        assertThat(((AddCouncilOpinion) steps.get(1).command()).text()).isEqualTo("三つ目の意見");
    }

    @Test
    void erasing_an_actual_rewriting_an_opinion_or_taking_back_tokuni_nashi_is_refused_by_cell() {
        PdcaSheetDocument erased = withYear(0, y -> year(y, List.of(), y.evaluation(), List.of("別の意見"), false));

        assertThatThrownBy(() -> changes(erased)).isInstanceOfSatisfying(InvalidWorkbookException.class, refused ->
                assertThat(refused.errors()).extracting(Object::toString).containsExactly(
                        CELLS.actualCell(2018, "support-bases") + ": 記録済みの実績は消せません（訂正するなら値を書き換えてください）",
                        CELLS.opinionsCell(2018) + ": 記録済みの協議会等意見は変更・削除できません（新しい意見を後に書き足すことだけができます）"));
        PdcaSheetDocument takenBack = withYear(2, y -> year(y, y.actuals(), y.evaluation(), List.of(), false));
        assertThatThrownBy(() -> changes(takenBack)).isInstanceOf(InvalidWorkbookException.class)
                .hasMessageContaining(CELLS.opinionsCell(2020) + ": 記録済みの「特になし」は取り消せません");
    }

    @Test
    void tokuni_nashi_written_in_a_year_without_opinions_is_recorded() {
        PdcaSheetDocument before = withYear(2, y -> year(y, y.actuals(), y.evaluation(), List.of(), false));
        List<SheetChanges.Step> steps = SheetChanges.between(SHEET, before, SEED, CELLS, null, 16);

        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).command()).isInstanceOf(RecordNoCouncilOpinion.class);
        assertThat(steps.get(0).change().cell()).isEqualTo(CELLS.opinionsCell(2020));
    }
}
