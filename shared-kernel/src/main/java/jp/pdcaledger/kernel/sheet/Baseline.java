package jp.pdcaledger.kernel.sheet;

import java.math.BigDecimal;
import java.util.Objects;

/** 基準値: the value a target is measured from, and the fiscal year it was taken (may precede the period). */
public record Baseline(BigDecimal value, FiscalYear fiscalYear) {

    public Baseline {
        Objects.requireNonNull(value, "baseline value");
    }
}
