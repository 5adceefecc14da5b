package jp.pdcaledger.kernel.exchange;

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
                                List<FiscalYear> fiscalYears) {

    public static final String FORMAT = "pdca-sheet/v1";

    public record Municipality(String code, String name) {
    }

    public record Period(Integer firstFiscalYear, Integer lastFiscalYear) {
    }

    public record OutcomeTarget(Integer number, String title) {
    }

    public record Target(String key, String name, String kind, String unit, Baseline baseline, BigDecimal targetValue,
                         Integer deadlineFiscalYear, String direction, Boolean cumulative, String note,
                         String rationale) {
    }

    public record Baseline(BigDecimal value, Integer fiscalYear) {
    }

    public record ActivityIndicator(String key, String name, String unit, List<Planned> planned) {
    }

    public record Planned(Integer fiscalYear, BigDecimal value) {
    }

    public record FiscalYear(Integer fiscalYear, List<Actual> actuals, List<ActivityActual> activityActuals,
                             String evaluation, List<String> councilOpinions, Boolean noCouncilOpinion,
                             String improvement) {
    }

    public record Actual(String target, BigDecimal value, String note) {
    }

    public record ActivityActual(String indicator, BigDecimal value, String note) {
    }
}
