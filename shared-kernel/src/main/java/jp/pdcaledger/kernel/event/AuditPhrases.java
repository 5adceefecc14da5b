package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.NumberLimits;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How the audit log's sentences and listed values write what events hold, the same for every event. */
final class AuditPhrases {

    private AuditPhrases() {
    }

    /** 令和２年度 */
    static String label(FiscalYear fiscalYear) {
        return fiscalYear.japaneseLabel();
    }

    /** A value as a sheet prints it, 「無し」 for none. */
    static String plain(BigDecimal value) {
        return value == null ? "無し" : NumberLimits.text(value);
    }

    /** 「（2020-07-31 時点）」 after a value dated other than 31 March at the end of its year; nothing otherwise. */
    static String asOf(FiscalYear fiscalYear, LocalDate asOf) {
        return asOf == null || asOf.equals(fiscalYear.asOfDate()) ? "" : "（" + asOf + " 時点）";
    }

    /** A QUALITATIVE target's status as sheets print it: 達成（2021-04-01）, 取組中. */
    static String status(QualitativeStatus status, LocalDate achievedOn) {
        return (status == null ? "無し" : status.label()) + (achievedOn == null ? "" : "（" + achievedOn + "）");
    }

    /** 2018-2020 */
    static String period(PlanPeriod period) {
        return period.firstFiscalYear().value() + "-" + period.lastFiscalYear().value();
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static Integer year(FiscalYear fiscalYear) {
        return fiscalYear == null ? null : fiscalYear.value();
    }

    /** A status's label, null for none. */
    static String statusLabel(QualitativeStatus status) {
        return status == null ? null : status.label();
    }
}
