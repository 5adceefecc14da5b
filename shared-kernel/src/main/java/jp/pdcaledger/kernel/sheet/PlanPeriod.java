package jp.pdcaledger.kernel.sheet;

import jp.pdcaledger.kernel.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** The fiscal years a plan covers, both ends inclusive (第5期 = FY2018–FY2020). */
public record PlanPeriod(FiscalYear firstFiscalYear, FiscalYear lastFiscalYear) {

    public PlanPeriod {
        Objects.requireNonNull(firstFiscalYear, "firstFiscalYear");
        Objects.requireNonNull(lastFiscalYear, "lastFiscalYear");
        if (lastFiscalYear.value() < firstFiscalYear.value()) {
            throw new InvalidValueException("計画期間の最終年度 " + lastFiscalYear.value()
                    + " が初年度 " + firstFiscalYear.value() + " より前です");
        }
        if (lastFiscalYear.value() - firstFiscalYear.value() > 9) {
            throw new InvalidValueException("計画期間が10年を超えています");
        }
    }

    /** The period of the same length that follows (第5期 2018–20 → 第6期 2021–23). */
    public PlanPeriod next() {
        int length = lastFiscalYear.value() - firstFiscalYear.value() + 1;
        return new PlanPeriod(FiscalYear.of(lastFiscalYear.value() + 1), FiscalYear.of(lastFiscalYear.value() + length));
    }

    public boolean contains(FiscalYear fiscalYear) {
        return fiscalYear.value() >= firstFiscalYear.value() && fiscalYear.value() <= lastFiscalYear.value();
    }

    public List<FiscalYear> fiscalYears() {
        return IntStream.rangeClosed(firstFiscalYear.value(), lastFiscalYear.value()).mapToObj(FiscalYear::of).toList();
    }
}
