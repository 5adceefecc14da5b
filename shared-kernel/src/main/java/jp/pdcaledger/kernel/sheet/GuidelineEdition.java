package jp.pdcaledger.kernel.sheet;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national guideline as it stood for one plan period (第5期 FY2018–20, 第6期 FY2021–23, 第7期 FY2024–26): the
 * measures it has and, where it asks for a share of a base figure, that share. The guideline changes per period
 * (第6期 added 相談支援 and サービスの質; 地域移行 went from 9 % to 6 %), so a target is classified under the edition of
 * its sheet's period and a roll-up of a fiscal year compares with the edition of that year.
 * <p>
 * A percentage is compared with the municipal sums as its {@link Basis} says, over the targets that carry a baseline
 * (the base figure the guideline names: facility residents at the base date, the base year's transitions):
 * 第6期 地域移行 6 % means Σ targets / Σ baselines ≥ 6 %; 1.27倍 is held as 127 %; a reduction of 1.6 % means
 * (Σ baselines − Σ targets) / Σ baselines ≥ 1.6 %. Figures as the guideline's editions print them.
 */
public record GuidelineEdition(String name, PlanPeriod period, Map<GuidelineMeasure, Goal> goals) {

    /** How a municipal sum is compared with the guideline's percentage. */
    public enum Basis {
        /** Σ targets (or actuals) / Σ baselines, in per cent: a share moved, or a multiple of the base year. */
        SHARE_OF_BASELINE,
        /** (Σ baselines − Σ targets) / Σ baselines, in per cent: a reduction from the base figure. */
        REDUCTION_FROM_BASELINE
    }

    /** The guideline's goal for a measure in this edition: a percentage and how it is read, or neither. */
    public record Goal(BigDecimal percentage, Basis basis) {

        static final Goal NONE = new Goal(null, null);

        static Goal share(String percentage) {
            return new Goal(new BigDecimal(percentage), Basis.SHARE_OF_BASELINE);
        }

        static Goal reduction(String percentage) {
            return new Goal(new BigDecimal(percentage), Basis.REDUCTION_FROM_BASELINE);
        }
    }

    public GuidelineEdition {
        goals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(goals));
    }

    private static final List<GuidelineEdition> ALL = List.of(
            edition("第5期", 2018, Map.ofEntries(
                    Map.entry(GuidelineMeasure.COMMUNITY_TRANSITION, Goal.share("9")),
                    Map.entry(GuidelineMeasure.FACILITY_RESIDENTS_REDUCTION, Goal.reduction("2")),
                    Map.entry(GuidelineMeasure.MENTAL_HEALTH_CONSULTATION_FORUM, Goal.NONE),
                    Map.entry(GuidelineMeasure.COMMUNITY_LIVING_BASE, Goal.NONE),
                    Map.entry(GuidelineMeasure.GENERAL_EMPLOYMENT_TRANSITION, Goal.share("150")),
                    Map.entry(GuidelineMeasure.EMPLOYMENT_TRANSITION_SUPPORT, Goal.share("120")),
                    Map.entry(GuidelineMeasure.EMPLOYMENT_RETENTION_SUPPORT, Goal.NONE),
                    Map.entry(GuidelineMeasure.CHILD_DEVELOPMENT_SUPPORT_CENTER, Goal.NONE),
                    Map.entry(GuidelineMeasure.NURSERY_VISIT_SUPPORT, Goal.NONE),
                    Map.entry(GuidelineMeasure.SEVERE_DISABILITY_CHILD_SERVICES, Goal.NONE),
                    Map.entry(GuidelineMeasure.MEDICAL_CARE_CHILD_COORDINATION, Goal.NONE))),
            edition("第6期", 2021, Map.ofEntries(
                    Map.entry(GuidelineMeasure.COMMUNITY_TRANSITION, Goal.share("6")),
                    Map.entry(GuidelineMeasure.FACILITY_RESIDENTS_REDUCTION, Goal.reduction("1.6")),
                    Map.entry(GuidelineMeasure.MENTAL_HEALTH_CONSULTATION_FORUM, Goal.NONE),
                    Map.entry(GuidelineMeasure.COMMUNITY_LIVING_BASE, Goal.NONE),
                    Map.entry(GuidelineMeasure.GENERAL_EMPLOYMENT_TRANSITION, Goal.share("127")),
                    Map.entry(GuidelineMeasure.EMPLOYMENT_TRANSITION_SUPPORT, Goal.share("130")),
                    Map.entry(GuidelineMeasure.EMPLOYMENT_CONTINUATION_A, Goal.share("126")),
                    Map.entry(GuidelineMeasure.EMPLOYMENT_CONTINUATION_B, Goal.share("123")),
                    Map.entry(GuidelineMeasure.EMPLOYMENT_RETENTION_SUPPORT, Goal.NONE),
                    Map.entry(GuidelineMeasure.CHILD_DEVELOPMENT_SUPPORT_CENTER, Goal.NONE),
                    Map.entry(GuidelineMeasure.NURSERY_VISIT_SUPPORT, Goal.NONE),
                    Map.entry(GuidelineMeasure.SEVERE_DISABILITY_CHILD_SERVICES, Goal.NONE),
                    Map.entry(GuidelineMeasure.MEDICAL_CARE_CHILD_COORDINATION, Goal.NONE),
                    Map.entry(GuidelineMeasure.CONSULTATION_SUPPORT_SYSTEM, Goal.NONE),
                    Map.entry(GuidelineMeasure.SERVICE_QUALITY_IMPROVEMENT, Goal.NONE))),
            edition("第7期", 2024, Map.ofEntries(
                    Map.entry(GuidelineMeasure.COMMUNITY_TRANSITION, Goal.share("6")),
                    Map.entry(GuidelineMeasure.FACILITY_RESIDENTS_REDUCTION, Goal.reduction("5")),
                    Map.entry(GuidelineMeasure.MENTAL_HEALTH_CONSULTATION_FORUM, Goal.NONE),
                    Map.entry(GuidelineMeasure.COMMUNITY_LIVING_BASE, Goal.NONE),
                    Map.entry(GuidelineMeasure.GENERAL_EMPLOYMENT_TRANSITION, Goal.share("128")),
                    Map.entry(GuidelineMeasure.EMPLOYMENT_TRANSITION_SUPPORT, Goal.share("131")),
                    Map.entry(GuidelineMeasure.EMPLOYMENT_CONTINUATION_A, Goal.share("129")),
                    Map.entry(GuidelineMeasure.EMPLOYMENT_CONTINUATION_B, Goal.share("128")),
                    Map.entry(GuidelineMeasure.EMPLOYMENT_RETENTION_SUPPORT, Goal.share("141")),
                    Map.entry(GuidelineMeasure.CHILD_DEVELOPMENT_SUPPORT_CENTER, Goal.NONE),
                    Map.entry(GuidelineMeasure.NURSERY_VISIT_SUPPORT, Goal.NONE),
                    Map.entry(GuidelineMeasure.SEVERE_DISABILITY_CHILD_SERVICES, Goal.NONE),
                    Map.entry(GuidelineMeasure.MEDICAL_CARE_CHILD_COORDINATION, Goal.NONE),
                    Map.entry(GuidelineMeasure.CONSULTATION_SUPPORT_SYSTEM, Goal.NONE),
                    Map.entry(GuidelineMeasure.SERVICE_QUALITY_IMPROVEMENT, Goal.NONE))));

    private static GuidelineEdition edition(String name, int firstFiscalYear, Map<GuidelineMeasure, Goal> goals) {
        Map<GuidelineMeasure, Goal> ordered = new LinkedHashMap<>();
        for (GuidelineMeasure measure : GuidelineMeasure.values()) {
            if (goals.containsKey(measure)) {
                ordered.put(measure, goals.get(measure));
            }
        }
        return new GuidelineEdition(name, new PlanPeriod(FiscalYear.of(firstFiscalYear),
                FiscalYear.of(firstFiscalYear + 2)), ordered);
    }

    /** 第5期, 第6期, 第7期, oldest first. */
    public static List<GuidelineEdition> all() {
        return ALL;
    }

    /** The edition in force in a fiscal year; empty before 第5期 and after the last edition known here. */
    public static Optional<GuidelineEdition> of(FiscalYear fiscalYear) {
        return ALL.stream().filter(edition -> edition.period.contains(fiscalYear)).findFirst();
    }

    public boolean has(GuidelineMeasure measure) {
        return goals.containsKey(measure);
    }

    /** The measures of this edition, in code-list order. */
    public List<GuidelineMeasure> measures() {
        return List.copyOf(goals.keySet());
    }

    /** The goal of a measure this edition has ({@link Goal#percentage()} null where it sets none). */
    public Goal goal(GuidelineMeasure measure) {
        Goal goal = goals.get(measure);
        if (goal == null) {
            throw new IllegalArgumentException(name + "の基本指針に " + measure + " はありません");
        }
        return goal;
    }
}
