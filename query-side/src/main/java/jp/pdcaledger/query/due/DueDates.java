package jp.pdcaledger.query.due;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When each step of a fiscal year's review falls due, as a day of the year after the fiscal year ends (FY2025 ends
 * on 31 March 2026; its actuals are due by 30 June 2026 by default). Municipalities set their own calendars:
 * {@code pdca.due.actuals}, {@code .evaluation}, {@code .council-opinion}, {@code .improvement}, {@code .close} as
 * {@code --MM-DD}. An answer to a council opinion is due from the day the opinion was recorded, a closed year's
 * publication (公表) from the day it was closed.
 */
@ConfigurationProperties("pdca.due")
public record DueDates(MonthDay actuals, MonthDay evaluation, MonthDay councilOpinion, MonthDay improvement,
                       MonthDay close) {

    public DueDates {
        actuals = actuals != null ? actuals : MonthDay.of(6, 30);
        evaluation = evaluation != null ? evaluation : MonthDay.of(8, 31);
        councilOpinion = councilOpinion != null ? councilOpinion : MonthDay.of(10, 31);
        improvement = improvement != null ? improvement : MonthDay.of(12, 31);
        close = close != null ? close : MonthDay.of(3, 31);
    }

    /** The day {@code step} of FY{@code fiscalYear} falls due (the close: at the end of the following fiscal year). */
    public LocalDate of(DueStep step, int fiscalYear) {
        return switch (step) {
            case ACTUALS -> actuals.atYear(fiscalYear + 1);
            case EVALUATION -> evaluation.atYear(fiscalYear + 1);
            case COUNCIL_OPINION -> councilOpinion.atYear(fiscalYear + 1);
            case IMPROVEMENT -> improvement.atYear(fiscalYear + 1);
            case CLOSE -> close.atYear(fiscalYear + 2);
            case OPINION_ANSWER, PUBLISH, ESTIMATE_CONFIRMATION ->
                    throw new IllegalArgumentException(step + " is due from the day of the step before it");
        };
    }
}
