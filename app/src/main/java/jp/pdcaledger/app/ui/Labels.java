package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.NumberLimits;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** How the pages write what the sheet shows: era labels, deadlines, values, steps and times in Japan. */
@Component("labels")
public class Labels {

    private static final Map<String, String> STEPS = Map.of(
            "NOT_STARTED", "未着手", "ACTUALS_RECORDED", "実績記録済", "EVALUATED", "評価済",
            "COUNCIL_HEARD", "協議会等意見済", "IMPROVEMENT_PLANNED", "改善策定済", "CLOSED", "締切");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(FiscalYear.JAPAN);

    public String era(int fiscalYear) {
        return FiscalYear.of(fiscalYear).eraLabel();
    }

    public String fiscalYear(int fiscalYear) {
        return FiscalYear.of(fiscalYear).japaneseLabel();
    }

    public String deadline(Integer fiscalYear) {
        return fiscalYear == null ? "" : FiscalYear.of(fiscalYear).japaneseLabel() + "末";
    }

    public String value(BigDecimal value) {
        return value == null ? "無し" : NumberLimits.text(value);
    }

    public String step(Object status) {
        return STEPS.getOrDefault(String.valueOf(status), String.valueOf(status));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
