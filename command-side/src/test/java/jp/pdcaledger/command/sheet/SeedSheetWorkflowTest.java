package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.CloseReview;
import jp.pdcaledger.kernel.command.PlanImprovement;
import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import jp.pdcaledger.kernel.event.CouncilOpinionAdded;
import jp.pdcaledger.kernel.event.EvaluationSubmitted;
import jp.pdcaledger.kernel.event.ImprovementPlanned;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

/**
 * The seed sheet (Kitakyushu, 第5期, 成果目標(3); {@code fixtures/kitakyushu-5th-outcome3.json}) typed in step by step:
 * FY2018 and FY2019 with the council's opinions, FY2020 with 特になし. Every step, given the events of the steps
 * before it, emits exactly its own event and answers the sheet's new version.
 */
class SeedSheetWorkflowTest {

    private static final String EVALUATION_2018 = "国が拠点等を整備する時期を第５期障害福祉計画期間中である令和２年度末までと延期したことから、本市でも、北九州市障害者支援計画における整備目標を「令和２年度末までに少なくとも１箇所」に設定しました。\n平成３０年度は、北九州市障害者自立支援協議会において、障害のある人の高齢化や「親亡き後」を見据えて、安心した地域での暮らしのためにも速やかに整備して欲しいとの要望をいただきました。\n引き続き、北九州市障害者自立支援協議会において、地域課題を踏まえ協議を行うなど、本市拠点整備に向けた検討を行います。";
    private static final List<String> OPINIONS_2018 = List.of(
            "地域生活支援拠点の整備を急いで欲しいです。",
            "取り組みを具体化させて欲しいです。");
    private static final String IMPROVEMENT_2018 = "北九州市障害者自立支援協議会において、拠点等の整備について意見交換を行いました。その際、緊急時の受入先の確保、相談支援事業所との連携、存在する社会資源の有効活用できる仕組み、など必要な要素に関して、意見をいただきました。\n引き続き、協議会において整備方針が議論できる土台づくりを行うとともに、令和２年度末までの整備に向けて、意見を基にした具体的な作業を進めてまいります。";
    private static final String EVALUATION_2019 = "令和元年度は、北九州市障害者自立支援協議会において、地域生活支援拠点の整備に向けた意見交換を行い、北九州市ではある程度社会資源が備わっているがそれらの結び付きがないこと、また、緊急時の受け入れ先の確保が重要である等の意見をいただきました。\nこれらの意見に基づいて、地域生活支援拠点に求められる機能のうち「地域の体制づくり」と「緊急時の受入機能」の２つの機能から整備できるよう、令和２年度予算の確保を行いました。\n令和２年度は具体的な整備を進めていきます。";
    private static final List<String> OPINIONS_2019 = List.of(
            "現状、市が「緊急時の受入れ機能」と「地域の体制づくり」の視点から整備を進めているというのは理解したが、一番大切なのは「専門人材の確保と育成」ではないかと思う。",
            "施設にこだわらずとも、地域の人材を生かして色んな支援の手を差し伸べることも重要だと思う。",
            "専門的な人材の育成については、様々な方が専門的な知識を以てアウトリーチしていくようになったら良いと思う。障害のある人の家庭を孤立させない視点が必要と思う。");
    private static final String IMPROVEMENT_2019 = "拠点等に求められる機能のうち未整備となっている「専門的人材の確保・養成」、「体験の機会・場」や「相談」の整備に当たっては、既存の社会資源を活用してそれらを効果的につなぐことを中心に進めているところです。\n地域の人材の活用、様々な職種によるアウトリーチなど、いただいたご意見を参考に、障害のある人の家庭を孤立させない視点を持って、自立支援協議会で議論を深めながら、整備を進めてまいります。";
    private static final String EVALUATION_2020 = "「地域の体制づくり」として、コーディネーターを１人、基幹相談支援センターに令和２年４月から配置しました。\n「緊急時の受入れ機能」として、緊急時に受入れを行うことのできる事業所を整備し令和２年６月から運用を開始しました。\n地域生活支援拠点等の体制については、引き続き、北九州市障害者自立支援協議会において、運用状況等を検証するとともに、必要な機能の強化、拡充に向けた検討を進めてまいります。";
    private static final List<String> OPINIONS_2020 = List.of();
    private static final String IMPROVEMENT_2020 = "拠点等の機能のうち、「相談」「緊急時の受け入れ・対応」「体験の機会・場」について、既存の社会資源を活用して整備し、モデル的に運用するための検討を進めてまいります。\n引き続き、拠点等の機能・充実の強化を図るために、北九州市障害者自立支援協議会において議論を重ねてまいります。";

    private record Step(String sentence, Object command, Object event) {
    }

    private static List<Step> seedWorkflow() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("the sheet is registered", registerSeed(), seedRegistered()));
        steps.add(new Step("its target 地域生活支援拠点等の整備 (1箇所 by the end of FY2020) is defined",
                defineSupportBases(), supportBasesDefined()));
        year(steps, FY2018, 0, EVALUATION_2018, OPINIONS_2018, IMPROVEMENT_2018);
        year(steps, FY2019, 0, EVALUATION_2019, OPINIONS_2019, IMPROVEMENT_2019);
        year(steps, FY2020, 1, EVALUATION_2020, OPINIONS_2020, IMPROVEMENT_2020);
        return steps;
    }

    /** One fiscal year's review in the order of DOMAIN.md; no opinions means the council answered 特になし. */
    private static void year(List<Step> steps, FiscalYear fy, int actual, String evaluation, List<String> opinions,
                             String improvement) {
        String year = fy + " (" + fy.eraLabel() + "): ";
        steps.add(new Step(year + "the actual " + actual + "箇所 is recorded",
                new RecordAnnualActual(SHEET, fy, SUPPORT_BASES, BigDecimal.valueOf(actual), null, null),
                actualRecorded(fy, actual)));
        steps.add(new Step(year + "the evaluation is submitted",
                new SubmitEvaluation(SHEET, fy, evaluation, null), new EvaluationSubmitted(SHEET, fy, evaluation)));
        for (int i = 0; i < opinions.size(); i++) {
            steps.add(new Step(year + "the council's opinion " + (i + 1) + " is added",
                    new AddCouncilOpinion(SHEET, fy, opinions.get(i), null),
                    new CouncilOpinionAdded(SHEET, fy, opinions.get(i))));
        }
        if (opinions.isEmpty()) {
            steps.add(new Step(year + "the council had no opinion (特になし)",
                    new RecordNoCouncilOpinion(SHEET, fy, null), noOpinionRecorded(fy)));
        }
        steps.add(new Step(year + "the improvement for the next year is planned",
                new PlanImprovement(SHEET, fy, improvement, null), new ImprovementPlanned(SHEET, fy, improvement)));
        steps.add(new Step(year + "the review is closed", new CloseReview(SHEET, fy, null), reviewClosed(fy)));
    }

    @TestFactory
    Stream<DynamicTest> every_step_of_the_seed_sheet_emits_its_event_after_the_steps_before_it() {
        List<Step> steps = seedWorkflow();
        return IntStream.range(0, steps.size()).mapToObj(i -> {
            Step step = steps.get(i);
            List<Object> before = steps.subList(0, i).stream().map(Step::event).toList();
            Object answer = i == 0 ? SHEET : (Object) (long) i;
            return DynamicTest.dynamicTest(String.format("%02d %s", i + 1, step.sentence()), () -> {
                AggregateTestFixture<ManagementSheet> fixture = fixture();
                TestExecutor<ManagementSheet> given = before.isEmpty() ? fixture.givenNoPriorActivity()
                        : fixture.given(before);
                given.when(step.command())
                        .expectEvents(step.event())
                        .expectResultMessagePayload(answer);
            });
        });
    }

    @Test
    void the_seed_sheet_typed_in_command_after_command_closes_its_last_year() {
        List<Step> steps = seedWorkflow();
        Step last = steps.get(steps.size() - 1);
        fixture().givenCommands(steps.subList(0, steps.size() - 1).stream().map(Step::command).toList())
                .when(last.command())
                .expectEvents(last.event())
                .expectResultMessagePayload((long) steps.size() - 1);
    }

    @Test
    void after_the_seed_workflow_no_year_takes_another_opinion_without_reopening() {
        List<Object> events = seedWorkflow().stream().map(Step::event).toList();
        for (FiscalYear fy : List.of(FY2018, FY2019, FY2020)) {
            fixture().given(events)
                    .when(new AddCouncilOpinion(SHEET, fy, "追加の意見", null))
                    .expectNoEvents()
                    .expectException(missingStep("ReopenReview"));
        }
    }
}
