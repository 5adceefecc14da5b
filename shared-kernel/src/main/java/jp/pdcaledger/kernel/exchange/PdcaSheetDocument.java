package jp.pdcaledger.kernel.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * One sheet in the exchange format {@code pdca-sheet/v1}: what import replays as commands and export produces from
 * the projections, so that import → export is the identity. Fields are plain JSON types here (fiscal years as
 * Western years, codes as strings); turning them into domain values, with a message per field, is the importer's.
 */
public record PdcaSheetDocument(String format, Municipality municipality, List<String> planTitles, Period period,
                                String department, String councilName, OutcomeTarget outcomeTarget,
                                List<Target> targets, List<ActivityIndicator> activityIndicators,
                                List<FiscalYear> fiscalYears,
                                @JsonInclude(JsonInclude.Include.NON_NULL) List<Grade> gradeScale,
                                @JsonInclude(JsonInclude.Include.NON_NULL) Predecessor predecessor) {

    public static final String FORMAT = "pdca-sheet/v1";

    /** A sheet that follows no other and has no grade scale (or a document from before either existed). */
    public PdcaSheetDocument(String format, Municipality municipality, List<String> planTitles, Period period,
                             String department, String councilName, OutcomeTarget outcomeTarget, List<Target> targets,
                             List<ActivityIndicator> activityIndicators, List<FiscalYear> fiscalYears) {
        this(format, municipality, planTitles, period, department, councilName, outcomeTarget, targets,
                activityIndicators, fiscalYears, null, null);
    }

    /**
     * {@code gradeScale} (optional, issue 21): the grades the sheet's evaluations are graded on, best first; absent or
     * null for a sheet without one, which is what every document meant before the field existed, so such a document
     * exports as it was. A sheet with one that follows no other.
     */
    public PdcaSheetDocument(String format, Municipality municipality, List<String> planTitles, Period period,
                             String department, String councilName, OutcomeTarget outcomeTarget, List<Target> targets,
                             List<ActivityIndicator> activityIndicators, List<FiscalYear> fiscalYears,
                             List<Grade> gradeScale) {
        this(format, municipality, planTitles, period, department, councilName, outcomeTarget, targets,
                activityIndicators, fiscalYears, gradeScale, null);
    }

    /**
     * {@code predecessor} (optional, issue 18): the sheet this one was derived from by a rollover, named by its
     * period (the same municipality and outcome target); absent for a sheet that follows none. On import the sheet
     * of that period must be in the ledger already (imported first), so that both are linked again.
     */
    public record Predecessor(Period period) {
    }

    /**
     * The document as a publication of {@code fiscalYear} publishes it: that year alone, since the others may hold what
     * was never published (what the public page shows, the open data serves and the transparency log holds).
     */
    public PdcaSheetDocument onlyYear(int fiscalYear) {
        return new PdcaSheetDocument(format, municipality, planTitles, period, department, councilName, outcomeTarget,
                targets, activityIndicators, fiscalYears.stream()
                .filter(year -> year.fiscalYear() != null && year.fiscalYear() == fiscalYear).toList(), gradeScale,
                predecessor);
    }

    /** The same document as the sheet derived from the sheet of {@code period}. */
    public PdcaSheetDocument withPredecessor(Period period) {
        return new PdcaSheetDocument(format, municipality, planTitles, this.period, department, councilName,
                outcomeTarget, targets, activityIndicators, fiscalYears, gradeScale, new Predecessor(period));
    }

    /** One grade of the scale: its code (A, ◎) and what it means (目標以上). */
    public record Grade(String code, String label) {
    }

    public record Municipality(String code, String name) {
    }

    public record Period(Integer firstFiscalYear, Integer lastFiscalYear) {
    }

    public record OutcomeTarget(Integer number, String title) {
    }

    /**
     * {@code goalText} (optional, issue 21): a QUALITATIVE target's goal in words (「協議の場を設置する」); absent for
     * every other kind, as every document meant before the field existed. {@code measure} (optional, issue 18): the
     * code of the national guideline's measure the target is classified under ({@code GuidelineMeasure}); absent for
     * an unclassified target, as in every document written before.
     */
    public record Target(String key, String name, String kind, String unit, Baseline baseline, BigDecimal targetValue,
                         Integer deadlineFiscalYear, String direction, Boolean cumulative, String note,
                         String rationale, @JsonInclude(JsonInclude.Include.NON_NULL) String goalText,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String measure) {

        /** A target with a goal in words (or none), unclassified. */
        public Target(String key, String name, String kind, String unit, Baseline baseline, BigDecimal targetValue,
                      Integer deadlineFiscalYear, String direction, Boolean cumulative, String note, String rationale,
                      String goalText) {
            this(key, name, kind, unit, baseline, targetValue, deadlineFiscalYear, direction, cumulative, note,
                    rationale, goalText, null);
        }

        /** An unclassified target with no goal in words. */
        public Target(String key, String name, String kind, String unit, Baseline baseline, BigDecimal targetValue,
                      Integer deadlineFiscalYear, String direction, Boolean cumulative, String note, String rationale) {
            this(key, name, kind, unit, baseline, targetValue, deadlineFiscalYear, direction, cumulative, note,
                    rationale, null, null);
        }
    }

    public record Baseline(BigDecimal value, Integer fiscalYear) {
    }

    public record ActivityIndicator(String key, String name, String unit, List<Planned> planned) {
    }

    public record Planned(Integer fiscalYear, BigDecimal value) {
    }

    /**
     * {@code councilOpinionAnswers} (optional, issue 18): the department's answer in force to each council opinion
     * that has one, by the opinion's place in {@code councilOpinions} (from 1); absent or empty when none is
     * answered, which is what every document meant before the field existed, so such a document exports as it was.
     * The answers an answer replaced live in the history, as a revised target's earlier versions do.
     * {@code grade} (optional, issue 21): the evaluation's grade, a code of the sheet's {@code gradeScale}; absent or
     * null for none.
     */
    public record FiscalYear(Integer fiscalYear, List<Actual> actuals, List<ActivityActual> activityActuals,
                             String evaluation, List<String> councilOpinions, Boolean noCouncilOpinion,
                             String improvement,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CouncilOpinionAnswer> councilOpinionAnswers,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String grade) {

        /** Absent and empty say the same: no answer (so a document read back equals the one written). */
        public FiscalYear {
            councilOpinionAnswers = councilOpinionAnswers == null ? List.of() : List.copyOf(councilOpinionAnswers);
        }

        /** A year without a grade (or a document from before grades existed). */
        public FiscalYear(Integer fiscalYear, List<Actual> actuals, List<ActivityActual> activityActuals,
                          String evaluation, List<String> councilOpinions, Boolean noCouncilOpinion, String improvement,
                          List<CouncilOpinionAnswer> councilOpinionAnswers) {
            this(fiscalYear, actuals, activityActuals, evaluation, councilOpinions, noCouncilOpinion, improvement,
                    councilOpinionAnswers, null);
        }

        /** A year whose opinions have no answer (or a document from before answers existed). */
        public FiscalYear(Integer fiscalYear, List<Actual> actuals, List<ActivityActual> activityActuals,
                          String evaluation, List<String> councilOpinions, Boolean noCouncilOpinion, String improvement) {
            this(fiscalYear, actuals, activityActuals, evaluation, councilOpinions, noCouncilOpinion, improvement,
                    List.of(), null);
        }
    }

    /**
     * An answer to the {@code opinion}-th council opinion of its year: {@code response} one of REFLECTED,
     * PARTLY_REFLECTED, UNDER_CONSIDERATION, DIFFICULT (反映した / 一部反映 / 今後検討 / 反映が困難), and its text.
     */
    public record CouncilOpinionAnswer(Integer opinion, String response, String text) {
    }

    /**
     * {@code asOf} (optional, issue 21): the date the value stands as of, {@code yyyy-MM-dd}; absent or null for 31 March
     * at the end of the fiscal year, which is what every document meant before the field existed. It is written only
     * when set, so such a document exports as it was.
     */
    public record Actual(String target, BigDecimal value, String note,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String asOf,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Boolean estimated,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String status,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String achievedOn) {

        /**
         * {@code estimated} (optional, issue 21): true for an estimate (見込み, 推計) whose final figure is still to
         * come; absent (or false, read the same and written absent) for a final figure, which is what every document
         * meant before the field existed. {@code status} (NOT_STARTED, IN_PROGRESS, ACHIEVED) and {@code achievedOn}
         * ({@code yyyy-MM-dd}; optional, issue 21): a QUALITATIVE target's status in place of a value; absent for every
         * other target.
         */
        public Actual {
            estimated = Boolean.TRUE.equals(estimated) ? Boolean.TRUE : null;
        }

        public Actual(String target, BigDecimal value, String note, String asOf, Boolean estimated) {
            this(target, value, note, asOf, estimated, null, null);
        }

        public Actual(String target, BigDecimal value, String note, String asOf) {
            this(target, value, note, asOf, null, null, null);
        }

        public Actual(String target, BigDecimal value, String note) {
            this(target, value, note, null, null, null, null);
        }
    }

    /** {@code asOf} as for {@link Actual}. */
    public record ActivityActual(String indicator, BigDecimal value, String note,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String asOf) {

        public ActivityActual(String indicator, BigDecimal value, String note) {
            this(indicator, value, note, null);
        }
    }
}
