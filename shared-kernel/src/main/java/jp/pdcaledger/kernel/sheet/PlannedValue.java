package jp.pdcaledger.kernel.sheet;

import java.math.BigDecimal;
import java.util.Objects;

/** 見込量: the value an activity indicator is planned to reach in one fiscal year. */
public record PlannedValue(FiscalYear fiscalYear, BigDecimal value) {

    public PlannedValue {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
    }
}
