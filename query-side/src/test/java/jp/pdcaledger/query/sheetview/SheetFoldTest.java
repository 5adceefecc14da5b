package jp.pdcaledger.query.sheetview;

import jp.pdcaledger.kernel.event.CouncilOpinionAdded;
import jp.pdcaledger.kernel.event.EvaluationSubmitted;
import jp.pdcaledger.kernel.event.SheetEvent.FiscalYearEvent;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.query.ImportedSheet;
import jp.pdcaledger.query.SheetStream;
import jp.pdcaledger.query.sheetview.SheetView.FiscalYearReview;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static jp.pdcaledger.query.SheetEvents.SHEET;
import static jp.pdcaledger.query.SheetEvents.SUPPORT_BASES;
import static jp.pdcaledger.query.SheetEvents.activityActual;
import static jp.pdcaledger.query.SheetEvents.activityActualCorrected;
import static jp.pdcaledger.query.SheetEvents.actual;
import static jp.pdcaledger.query.SheetEvents.actualCorrected;
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
import static jp.pdcaledger.query.SheetEvents.supportBases;
import static jp.pdcaledger.query.SheetEvents.targetRevised;
import static jp.pdcaledger.query.SheetStream.SECRETARIAT;
import static jp.pdcaledger.query.SheetStream.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the sheet looks like after its events: the one fold behind the stored view, the as-of view and the export. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SheetFoldTest {

    private static final PdcaSheetDocument SEED = ImportedSheet.document(ImportedSheet.KITAKYUSHU);

    @Test
    void folding_the_seed_gives_its_header_its_target_and_three_fiscal_years_with_improvements_planned() {
        SheetView view = ImportedSheet.seed().fold();

        assertThat(view.sheetId).isEqualTo(SHEET.value());
        assertThat(view.municipality).isEqualTo(new SheetView.Municipality("401005", "北九州市"));
        assertThat(view.planTitles).containsExactly("第５期北九州市障害福祉計画", "第１期北九州市障害児福祉計画");
        assertThat(view.period).isEqualTo(new SheetView.Period(2018, 2020));
        assertThat(view.department).isEqualTo("保健福祉局 障害福祉部");
        assertThat(view.councilName).isEqualTo("北九州市障害者自立支援協議会");
        assertThat(view.outcomeTarget).isEqualTo(new SheetView.OutcomeTarget(3, "地域生活支援拠点等の整備"));
        assertThat(view.activityIndicators).isEmpty();

        assertThat(view.targets).singleElement().satisfies(target -> {
            assertThat(target.key).isEqualTo(SUPPORT_BASES);
            assertThat(target.name).isEqualTo("地域生活支援拠点等の整備");
            assertThat(target.kind).isEqualTo(TargetKind.NUMERIC);
            assertThat(target.unit).isEqualTo("箇所");
            assertThat(target.baseline).isNull();
            assertThat(target.targetValue).isEqualByComparingTo("1");
            assertThat(target.deadlineFiscalYear).isEqualTo(2020);
            assertThat(target.direction).isEqualTo(Direction.INCREASE);
            assertThat(target.cumulative).isFalse();
            assertThat(target.note).isEqualTo("地域生活支援拠点又は面的な体制");
            assertThat(target.rationale).isEqualTo(SEED.targets().get(0).rationale());
            assertThat(target.revisions).isEmpty();
        });

        assertThat(view.fiscalYears)
                .extracting(year -> year.fiscalYear, year -> year.label, year -> year.asOfDate, year -> year.status)
                .containsExactly(
                        tuple(2018, "H30", "2019-03-31", ReviewStatus.IMPROVEMENT_PLANNED),
                        tuple(2019, "R1", "2020-03-31", ReviewStatus.IMPROVEMENT_PLANNED),
                        tuple(2020, "R2", "2021-03-31", ReviewStatus.IMPROVEMENT_PLANNED));
        assertThat(view.fiscalYears).extracting(year -> year.actuals.get(0).value)
                .usingElementComparator((a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b))
                .containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Test
    void folding_the_seed_keeps_every_evaluation_opinion_and_improvement_word_for_word() {
        SheetView view = ImportedSheet.seed().fold();

        for (int i = 0; i < 3; i++) {
            FiscalYearReview year = view.fiscalYears.get(i);
            PdcaSheetDocument.FiscalYear printed = SEED.fiscalYears().get(i);
            assertThat(year.evaluation.text).isEqualTo(printed.evaluation());
            assertThat(year.councilOpinions).extracting(opinion -> opinion.text)
                    .containsExactlyElementsOf(printed.councilOpinions());
            assertThat(year.improvement.text).isEqualTo(printed.improvement());
        }
        assertThat(view.fiscalYears.get(0).councilOpinions).extracting(opinion -> opinion.text)
                .containsExactly("地域生活支援拠点の整備を急いで欲しいです。", "取り組みを具体化させて欲しいです。");
        assertThat(view.fiscalYears.get(1).councilOpinions).hasSize(3);
        assertThat(view.fiscalYears).extracting(year -> year.noCouncilOpinion).containsExactly(false, false, true);
        assertThat(view.fiscalYears.get(2).councilOpinions).isEmpty();
        assertThat(view.fiscalYears.get(2).noCouncilOpinionRecorded).isNotNull();
    }

    @Test
    void an_event_delivered_twice_changes_nothing() {
        SheetStream seed = ImportedSheet.seed();
        SheetView view = seed.fold();
        long version = view.version;
        Instant lastChangedAt = view.lastChangedAt;

        boolean opinionAgain = SheetFold.apply(view, seed.event(5));
        boolean lastAgain = SheetFold.apply(view, seed.last());

        assertThat(seed.event(5).getPayload()).isInstanceOf(CouncilOpinionAdded.class);
        assertThat(opinionAgain).isFalse();
        assertThat(lastAgain).isFalse();
        assertThat(view.version).isEqualTo(version);
        assertThat(view.lastChangedAt).isEqualTo(lastChangedAt);
        assertThat(view.fiscalYears.get(0).councilOpinions).hasSize(2);
        assertThat(view.fiscalYears.get(2).improvement.text).isEqualTo(SEED.fiscalYears().get(2).improvement());
    }

    @Test
    void an_event_applied_to_a_view_that_has_not_seen_it_changes_the_view() {
        SheetStream stream = SheetStream.of(registered(), supportBases(), actual(2018, SUPPORT_BASES, "0"));
        SheetView view = stream.foldFirst(2);

        assertThat(SheetFold.apply(view, stream.last())).isTrue();
        assertThat(view.version).isEqualTo(2);
        assertThat(view.fiscalYears.get(0).status).isEqualTo(ReviewStatus.ACTUALS_RECORDED);
    }

    @Test
    void a_correction_keeps_the_earlier_value_with_its_reason_and_who_made_it() {
        SheetStream stream = SheetStream.of(registered(), supportBases())
                .by(STAFF).then(actual(2018, SUPPORT_BASES, "0"))
                .by("suzuki@city.kitakyushu.lg.jp")
                .because("集計漏れがあったため訂正", actualCorrected(2018, SUPPORT_BASES, "0", "1"));

        SheetView.Actual actual = stream.fold().fiscalYears.get(0).actuals.get(0);

        assertThat(actual.value).isEqualByComparingTo("1");
        assertThat(actual.recorded.actor()).isEqualTo(STAFF);
        assertThat(actual.recorded.reason()).isNull();
        assertThat(actual.corrections).singleElement().satisfies(correction -> {
            assertThat(correction.previousValue()).isEqualByComparingTo("0");
            assertThat(correction.previousNote()).isNull();
            assertThat(correction.change().actor()).isEqualTo("suzuki@city.kitakyushu.lg.jp");
            assertThat(correction.change().reason()).isEqualTo("集計漏れがあったため訂正");
            assertThat(correction.change().at()).isEqualTo(stream.last().getTimestamp());
        });
    }

    @Test
    void a_year_reported_as_not_available_holds_no_value_rather_than_zero() {
        SheetView view = SheetStream.of(registered(), supportBases(), actual(2018, SUPPORT_BASES, null, "無し")).fold();

        SheetView.Actual actual = view.fiscalYears.get(0).actuals.get(0);
        assertThat(actual.value).isNull();
        assertThat(actual.note).isEqualTo("無し");
        assertThat(view.fiscalYears.get(0).status).isEqualTo(ReviewStatus.ACTUALS_RECORDED);
    }

    @Test
    void an_evaluation_revision_keeps_the_previous_text_with_its_reason() {
        SheetStream stream = SheetStream.of(registered(), supportBases(), actual(2018, SUPPORT_BASES, "0"),
                        evaluation(2018, "整備に向けた検討を行います。"))
                .because("協議会への報告前に表現を修正", evaluationRevised(2018, "整備に向けた検討を行います。",
                        "引き続き、本市拠点整備に向けた検討を行います。"));

        SheetView.Text evaluation = stream.fold().fiscalYears.get(0).evaluation;

        assertThat(evaluation.text).isEqualTo("引き続き、本市拠点整備に向けた検討を行います。");
        assertThat(evaluation.submitted.actor()).isEqualTo(STAFF);
        assertThat(evaluation.revisions).singleElement().satisfies(revision -> {
            assertThat(revision.previousText()).isEqualTo("整備に向けた検討を行います。");
            assertThat(revision.change().reason()).isEqualTo("協議会への報告前に表現を修正");
        });
        assertThat(stream.fold().fiscalYears.get(0).status).isEqualTo(ReviewStatus.EVALUATED);
    }

    @Test
    void council_opinions_are_recorded_by_the_secretariat_and_the_year_counts_as_heard() {
        SheetView view = SheetStream.of(registered(), supportBases(), actual(2018, SUPPORT_BASES, "0"),
                        evaluation(2018, "検討を行います。"))
                .by(SECRETARIAT).then(opinion(2018, "整備を急いで欲しいです。"))
                .fold();

        FiscalYearReview year = view.fiscalYears.get(0);
        assertThat(year.status).isEqualTo(ReviewStatus.COUNCIL_HEARD);
        assertThat(year.councilOpinions).singleElement()
                .satisfies(opinion -> assertThat(opinion.submitted.actor()).isEqualTo(SECRETARIAT));
        assertThat(year.noCouncilOpinion).isFalse();
    }

    @Test
    void closing_a_year_closes_it_and_reopening_brings_it_back_to_improvement_planned_with_both_changes_listed() {
        SheetStream stream = SheetStream.of(registered(), supportBases(), actual(2020, SUPPORT_BASES, "1"),
                evaluation(2020, "整備しました。"), noOpinion(2020), improvement(2020, "機能の強化を図ります。"),
                closed(2020));
        SheetView closedView = stream.fold();
        stream.by("sato@city.kitakyushu.lg.jp").because("実績の記載誤りが見つかったため", reopened(2020));

        SheetView reopenedView = stream.fold();

        assertThat(closedView.fiscalYears.get(2).status).isEqualTo(ReviewStatus.CLOSED);
        FiscalYearReview year = reopenedView.fiscalYears.get(2);
        assertThat(year.status).isEqualTo(ReviewStatus.IMPROVEMENT_PLANNED);
        assertThat(year.closings).singleElement().satisfies(change -> assertThat(change.actor()).isEqualTo(STAFF));
        assertThat(year.reopenings).singleElement().satisfies(change -> {
            assertThat(change.actor()).isEqualTo("sato@city.kitakyushu.lg.jp");
            assertThat(change.reason()).isEqualTo("実績の記載誤りが見つかったため");
        });
        assertThat(year.improvement.text).isEqualTo("機能の強化を図ります。");
    }

    @Test
    void closing_again_after_a_reopening_closes_the_year_again() {
        SheetView view = SheetStream.of(registered(), supportBases(), actual(2020, SUPPORT_BASES, "1"),
                        evaluation(2020, "整備しました。"), noOpinion(2020), improvement(2020, "強化します。"),
                        closed(2020))
                .because("訂正のため", reopened(2020))
                .then(closed(2020))
                .fold();

        FiscalYearReview year = view.fiscalYears.get(2);
        assertThat(year.status).isEqualTo(ReviewStatus.CLOSED);
        assertThat(year.closings).hasSize(2);
        assertThat(year.reopenings).hasSize(1);
    }

    @Test
    void a_target_revision_shows_the_target_in_force_and_keeps_what_it_was_before_and_why() {
        SheetStream stream = SheetStream.of(registered(), numericTarget(SUPPORT_BASES, "1", 2017, Direction.INCREASE, null))
                .by("tanaka@city.kitakyushu.lg.jp")
                .because("国が整備の時期を令和２年度末までと延期したため",
                        targetRevised(SUPPORT_BASES, "1", 2017, "国の指針に基づき設定", "1", 2020,
                                "令和２年度末までに少なくとも１箇所を整備するという国の指針に基づき、設定"));

        SheetView.Target target = stream.fold().targets.get(0);

        assertThat(target.targetValue).isEqualByComparingTo("1");
        assertThat(target.deadlineFiscalYear).isEqualTo(2020);
        assertThat(target.rationale).isEqualTo("令和２年度末までに少なくとも１箇所を整備するという国の指針に基づき、設定");
        assertThat(target.defined.actor()).isEqualTo(STAFF);
        assertThat(target.revisions).singleElement().satisfies(revision -> {
            assertThat(revision.previousTargetValue()).isEqualByComparingTo("1");
            assertThat(revision.previousDeadlineFiscalYear()).isEqualTo(2017);
            assertThat(revision.previousRationale()).isEqualTo("国の指針に基づき設定");
            assertThat(revision.change().actor()).isEqualTo("tanaka@city.kitakyushu.lg.jp");
            assertThat(revision.change().reason()).isEqualTo("国が整備の時期を令和２年度末までと延期したため");
        });
    }

    @Test
    void an_activity_indicator_shows_its_planned_values_per_year_and_its_actual() {
        SheetView view = SheetStream.of(registered(), supportBases(),
                        indicator("group-home", "共同生活援助", "人/月", "2018=1200", "2019=1250.5", "2020=1300"),
                        activityActual(2018, "group-home", "1180.5"))
                .because("月平均の計算誤り", activityActualCorrected(2018, "group-home", "1180.5", "1181.5"))
                .fold();

        assertThat(view.activityIndicators).singleElement().satisfies(indicator -> {
            assertThat(indicator.key).isEqualTo("group-home");
            assertThat(indicator.name).isEqualTo("共同生活援助");
            assertThat(indicator.unit).isEqualTo("人/月");
            assertThat(indicator.planned).containsExactly(new SheetView.Planned(2018, new BigDecimal("1200")),
                    new SheetView.Planned(2019, new BigDecimal("1250.5")),
                    new SheetView.Planned(2020, new BigDecimal("1300")));
        });
        FiscalYearReview year = view.fiscalYears.get(0);
        assertThat(year.actuals).isEmpty();
        assertThat(year.activityActuals).singleElement().satisfies(actual -> {
            assertThat(actual.key).isEqualTo("group-home");
            assertThat(actual.value).isEqualTo(new BigDecimal("1181.5"));
            assertThat(actual.corrections).extracting(SheetView.Correction::previousValue)
                    .containsExactly(new BigDecimal("1180.5"));
        });
        assertThat(year.status).isEqualTo(ReviewStatus.ACTUALS_RECORDED);
    }

    @Test
    void the_version_is_the_last_sequence_number_and_the_last_change_is_the_last_event_time() {
        SheetStream seed = ImportedSheet.seed();

        SheetView view = seed.fold();

        assertThat(view.version).isEqualTo(seed.size() - 1).isEqualTo(seed.last().getSequenceNumber());
        assertThat(view.lastChangedAt).isEqualTo(seed.last().getTimestamp());
    }

    @Test
    void a_sheet_with_no_events_has_version_minus_one() {
        assertThat(SheetStream.of().fold().version).isEqualTo(-1);
    }

    @Test
    void folding_the_events_up_to_an_instant_gives_exactly_the_steps_taken_by_then() {
        SheetStream seed = ImportedSheet.seed();
        int upToFY2019Evaluation = indexOfFirst(seed, EvaluationSubmitted.class, 2019) + 1;

        SheetView then = seed.foldFirst(upToFY2019Evaluation);

        assertThat(then.version).isEqualTo(upToFY2019Evaluation - 1);
        assertThat(then.lastChangedAt).isEqualTo(seed.event(upToFY2019Evaluation - 1).getTimestamp());
        assertThat(then.fiscalYears).extracting(year -> year.status).containsExactly(
                ReviewStatus.IMPROVEMENT_PLANNED, ReviewStatus.EVALUATED, ReviewStatus.NOT_STARTED);
        FiscalYearReview fy2019 = then.fiscalYears.get(1);
        assertThat(fy2019.evaluation.text).isEqualTo(SEED.fiscalYears().get(1).evaluation());
        assertThat(fy2019.councilOpinions).isEmpty();
        assertThat(fy2019.improvement).isNull();
        FiscalYearReview fy2020 = then.fiscalYears.get(2);
        assertThat(fy2020.actuals).isEmpty();
        assertThat(fy2020.evaluation).isNull();
        assertThat(fy2020.noCouncilOpinion).isFalse();
    }

    @Test
    void folding_the_events_before_a_target_revision_shows_the_target_in_force_then() {
        SheetStream stream = SheetStream.of(registered(), numericTarget(SUPPORT_BASES, "1", 2017, Direction.INCREASE, null))
                .because("国が整備の時期を延期したため",
                        targetRevised(SUPPORT_BASES, "1", 2017, "国の指針に基づき設定", "1", 2020, "延期後の国の指針に基づき設定"));

        SheetView.Target then = stream.foldFirst(2).targets.get(0);

        assertThat(then.deadlineFiscalYear).isEqualTo(2017);
        assertThat(then.rationale).isEqualTo("国の指針に基づき設定");
        assertThat(then.revisions).isEmpty();
    }

    @Test
    void folding_event_by_event_gives_the_same_view_as_folding_the_whole_stream() {
        SheetStream seed = ImportedSheet.seed();
        SheetView stepByStep = new SheetView();
        seed.events().forEach(event -> SheetFold.apply(stepByStep, event));

        assertThat(stepByStep).usingRecursiveComparison().isEqualTo(seed.fold());
    }

    private static int indexOfFirst(SheetStream stream, Class<?> type, int fiscalYear) {
        for (int i = 0; i < stream.size(); i++) {
            Object payload = stream.event(i).getPayload();
            if (type.isInstance(payload)
                    && ((FiscalYearEvent) payload).fiscalYear().value() == fiscalYear) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " for " + fiscalYear);
    }
}
