package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.NumberLimits;
import jp.pdcaledger.query.sheetview.ReviewStatus;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/** How the pages write what the sheet shows: era labels, deadlines, values, steps and times in Japan. */
@Component("labels")
public class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(FiscalYear.JAPAN);
    private static final DateTimeFormatter MINUTE_IN_JAPAN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
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

    /**
     * Beside a value dated other than its year's {@code asOfDate} (31 March at its end): 「令和2年7月31日時点」, as real
     * sheets print it; null for a value as of that day, which the table's heading already says.
     */
    public String asOf(String asOf, String yearAsOfDate) {
        if (asOf == null || asOf.equals(yearAsOfDate)) {
            return null;
        }
        java.time.LocalDate day = java.time.LocalDate.parse(asOf);
        java.time.chrono.JapaneseDate date = java.time.chrono.JapaneseDate.from(day);
        int yearOfEra = date.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        String era = date.getEra().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN);
        return era + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年" + day.getMonthValue() + "月"
                + day.getDayOfMonth() + "日時点";
    }

    /** The statuses a form offers for a target stated in words, in their order. */
    public java.util.List<jp.pdcaledger.kernel.sheet.QualitativeStatus> qualitativeStatuses() {
        return java.util.List.of(jp.pdcaledger.kernel.sheet.QualitativeStatus.values());
    }

    /**
     * A QUALITATIVE target's status as sheets print it: 達成（令和3年4月1日）, 取組中, 未着手; the empty text for none.
     */
    public String qualitative(jp.pdcaledger.kernel.sheet.QualitativeStatus status, String achievedOn) {
        if (status == null) {
            return "";
        }
        String dated = asOf(achievedOn, null);
        return status.label() + (dated == null ? "" : "（" + dated.substring(0, dated.length() - "時点".length()) + "）");
    }

    /** A year's status (the enum, or its name as a list row carries it) in Japanese. */
    /**
     * An evaluation's grade as the sheet prints it, the code with what it means on the sheet's scale: A（目標以上）;
     * the empty text for none.
     */
    public String grade(java.util.List<jp.pdcaledger.query.sheetview.SheetView.Grade> scale, String code) {
        if (code == null) {
            return "";
        }
        String label = scale == null ? null : scale.stream().filter(grade -> code.equals(grade.code()))
                .map(jp.pdcaledger.query.sheetview.SheetView.Grade::label).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        return label == null ? code : code + "（" + label + "）";
    }

    public String step(Object status) {
        return Arrays.stream(ReviewStatus.values()).filter(known -> known.name().equals(String.valueOf(status)))
                .findFirst().map(ReviewStatus::label).orElse(String.valueOf(status));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** An instant as people in the office say it, to the minute: 令和8年11月26日 09:00 (Japan time). */
    public String eraMinute(Instant instant) {
        if (instant == null) {
            return "";
        }
        java.time.ZonedDateTime inJapan = instant.atZone(FiscalYear.JAPAN);
        java.time.chrono.JapaneseDate date = java.time.chrono.JapaneseDate.from(inJapan.toLocalDate());
        int yearOfEra = date.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        String era = date.getEra().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN);
        return era + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年" + inJapan.getMonthValue() + "月"
                + inJapan.getDayOfMonth() + "日 " + String.format("%02d:%02d", inJapan.getHour(), inJapan.getMinute());
    }

    /** The value of a {@code datetime-local} field for the instant, in Japan time. */
    public String minuteInJapan(Instant instant) {
        return instant == null ? "" : MINUTE_IN_JAPAN.format(instant);
    }
}
