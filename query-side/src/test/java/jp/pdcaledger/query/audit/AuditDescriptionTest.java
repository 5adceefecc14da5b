package jp.pdcaledger.query.audit;

import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.TargetKey;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static jp.pdcaledger.query.SheetEvents.SHEET;
import static jp.pdcaledger.query.SheetEvents.SUPPORT_BASES;
import static jp.pdcaledger.query.SheetEvents.activityActualCorrected;
import static jp.pdcaledger.query.SheetEvents.actual;
import static jp.pdcaledger.query.SheetEvents.actualCorrected;
import static jp.pdcaledger.query.SheetEvents.closed;
import static jp.pdcaledger.query.SheetEvents.evaluation;
import static jp.pdcaledger.query.SheetEvents.evaluationRevised;
import static jp.pdcaledger.query.SheetEvents.noOpinion;
import static jp.pdcaledger.query.SheetEvents.registered;
import static jp.pdcaledger.query.SheetEvents.reopened;
import static jp.pdcaledger.query.SheetEvents.supportBases;
import static jp.pdcaledger.query.SheetEvents.targetRevised;
import static org.assertj.core.api.Assertions.assertThat;

/** What the audit log says an event changed: a Japanese sentence and, per field, before → after. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditDescriptionTest {

    @Test
    void a_correction_lists_the_value_before_and_after_and_says_so_in_the_summary() {
        AuditDescription description = AuditDescription.of(actualCorrected(2020, SUPPORT_BASES, "0", "1"));

        assertThat(description.changes()).containsOnlyKeys("value");
        assertThat(description.changes().get("value")).containsOnlyKeys("before", "after");
        assertThat((BigDecimal) description.changes().get("value").get("before")).isEqualByComparingTo("0");
        assertThat((BigDecimal) description.changes().get("value").get("after")).isEqualByComparingTo("1");
        assertThat(description.summary()).isEqualTo("令和２年度 の実績 support-bases を訂正: 0 → 1");
    }

    @Test
    void a_correction_of_the_note_only_lists_the_note_and_not_the_same_number_written_differently() {
        AuditDescription description = AuditDescription.of(new AnnualActualCorrected(SHEET, FiscalYear.of(2021),
                TargetKey.of("moved-to-community"), new BigDecimal("91.0"), "(7%)", new BigDecimal("91"), null));

        assertThat(description.changes()).containsOnlyKeys("note");
        assertThat(description.changes().get("note")).containsEntry("before", null).containsEntry("after", "(7%)");
    }

    @Test
    void a_correction_to_not_available_shows_the_value_becoming_null_and_says_無し() {
        AuditDescription description = AuditDescription.of(actualCorrected(2019, SUPPORT_BASES, "0", null));

        assertThat(description.changes().get("value")).containsEntry("after", null);
        assertThat(description.summary()).isEqualTo("令和元年度 の実績 support-bases を訂正: 0 → 無し");
    }

    @Test
    void an_activity_actual_correction_lists_its_value_before_and_after() {
        AuditDescription description = AuditDescription.of(activityActualCorrected(2018, "group-home", "1180.5", "1181.5"));

        assertThat(description.changes()).containsOnlyKeys("value");
        assertThat(description.summary()).isEqualTo("平成３０年度 の活動指標実績 group-home を訂正: 1180.5 → 1181.5");
    }

    @Test
    void a_target_revision_lists_only_what_changed() {
        AuditDescription description = AuditDescription.of(targetRevised(SUPPORT_BASES,
                "1", 2017, "国の指針に基づき設定", "1", 2020, "延期後の国の指針に基づき設定"));

        assertThat(description.changes()).containsOnlyKeys("deadlineFiscalYear", "rationale");
        assertThat(description.changes().get("deadlineFiscalYear")).isEqualTo(Map.of("before", 2017, "after", 2020));
        assertThat(description.changes().get("rationale"))
                .isEqualTo(Map.of("before", "国の指針に基づき設定", "after", "延期後の国の指針に基づき設定"));
        assertThat(description.summary()).isEqualTo("目標 support-bases を改定");
    }

    @Test
    void a_target_revision_of_the_value_alone_lists_the_value() {
        AuditDescription description = AuditDescription.of(targetRevised(SUPPORT_BASES,
                "2", 2020, "国の指針に基づき設定", "1", 2020, "国の指針に基づき設定"));

        assertThat(description.changes()).containsOnlyKeys("targetValue");
        assertThat((BigDecimal) description.changes().get("targetValue").get("before")).isEqualByComparingTo("2");
        assertThat((BigDecimal) description.changes().get("targetValue").get("after")).isEqualByComparingTo("1");
    }

    @Test
    void a_first_entry_has_an_after_and_no_before() {
        AuditDescription description = AuditDescription.of(actual(2020, SUPPORT_BASES, "1"));

        assertThat(description.changes()).containsOnlyKeys("value");
        assertThat(description.changes().get("value")).containsOnlyKeys("after");
        assertThat(description.summary()).isEqualTo("令和２年度 の実績 support-bases を記録: 1");
    }

    @Test
    void summaries_name_the_fiscal_year_as_the_sheet_writes_it_in_prose() {
        assertThat(AuditDescription.of(actual(2018, SUPPORT_BASES, "0")).summary()).startsWith("平成３０年度 ");
        assertThat(AuditDescription.of(actual(2019, SUPPORT_BASES, "0")).summary()).startsWith("令和元年度 ");
        assertThat(AuditDescription.of(evaluation(2020, "整備しました。")).summary()).isEqualTo("令和２年度 の評価を提出");
        assertThat(AuditDescription.of(evaluationRevised(2020, "案", "整備しました。")).summary())
                .isEqualTo("令和２年度 の評価を修正");
        assertThat(AuditDescription.of(noOpinion(2020)).summary()).isEqualTo("令和２年度 の協議会等意見: 特になし");
        assertThat(AuditDescription.of(closed(2020)).summary()).isEqualTo("令和２年度 の評価を締め切り");
        assertThat(AuditDescription.of(reopened(2020)).summary()).isEqualTo("令和２年度 の評価を再開");
    }

    @Test
    void an_evaluation_revision_lists_the_text_before_and_after() {
        AuditDescription description = AuditDescription.of(evaluationRevised(2020, "案", "整備しました。"));

        assertThat(description.changes().get("evaluation")).isEqualTo(Map.of("before", "案", "after", "整備しました。"));
    }

    @Test
    void registering_and_defining_name_the_sheet_and_the_target() {
        assertThat(AuditDescription.of(registered()).summary()).isEqualTo("シートを登録: 北九州市 成果目標(3) 地域生活支援拠点等の整備");
        assertThat(AuditDescription.of(supportBases()).summary()).isEqualTo("目標「目標 support-bases」(support-bases) を定義");
        assertThat(AuditDescription.of(supportBases()).changes()).containsOnlyKeys("targetValue", "unit", "deadlineFiscalYear");
    }

    @Test
    void an_actual_stored_beyond_the_number_limits_is_described_in_scientific_notation_and_kept_as_text() {
        AuditDescription description = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> AuditDescription.of(actual(2020, SUPPORT_BASES, "1e999999999")));

        assertThat(description.summary()).isEqualTo("令和２年度 の実績 support-bases を記録: 1E+999999999");
        assertThat(description.changes().get("value")).containsEntry("after", "1E+999999999");
    }

    @Test
    void a_correction_away_from_a_number_beyond_the_limits_shows_both_without_writing_them_out() {
        AuditDescription description = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> AuditDescription.of(actualCorrected(2020, SUPPORT_BASES,
                        "1e400", "0." + "1".repeat(1000))));

        assertThat(description.summary()).startsWith("令和２年度 の実績 support-bases を訂正: 1E+400 → 0.111");
        assertThat(description.changes().get("value")).containsEntry("before", "1E+400");
    }

    @Test
    void a_number_within_the_limits_is_still_written_out_and_kept_as_a_number() {
        AuditDescription description = AuditDescription.of(actual(2020, SUPPORT_BASES, "999999999999.9999"));

        assertThat(description.summary()).endsWith("を記録: 999999999999.9999");
        assertThat(description.changes().get("value").get("after")).isEqualTo(new BigDecimal("999999999999.9999"));
    }
}
