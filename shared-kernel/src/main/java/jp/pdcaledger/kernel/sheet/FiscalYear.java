package jp.pdcaledger.kernel.sheet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jp.pdcaledger.kernel.InvalidValueException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year (年度): 1 April to 31 March, named by the Western year it begins in
 * ({@code FY2019} = 令和元年度 = {@code R1}, also written 平成31年度 / {@code H31}).
 * The Western year is the canonical form in the API and in storage.
 * <p>
 * Every fiscal-year label the service reads (API paths and bodies, query filters, page forms, imports) is read by
 * {@link #parse(String)}, so the rules below hold in one place.
 */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

    /** Domain dates are Japanese, whatever the server's time zone. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    static final int EARLIEST = 1900;
    static final int LATEST = 2200;

    private static final Pattern WESTERN = Pattern.compile("(?:FY)?(\\d{4})(?:年度末?)?", Pattern.CASE_INSENSITIVE);
    /** 年度末 (平成32年度末, as a plan prints its deadline) names the same fiscal year as 年度. */
    private static final Pattern ERA = Pattern.compile("(令和|平成|昭和|大正|明治|[RHSTM])(元|\\d{1,3})(?:年度末?)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * 令和 was announced on 1 April 2019, a month before it began: plans printed before then (第5期) count Heisei on
     * past its end (平成32年度末). Only this era is read on; an older one past its end (S70) names no fiscal year.
     */
    private static final Map<Integer, String> ERA_LABELS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final JapaneseEra COUNTED_ON_PAST_ITS_END = JapaneseEra.HEISEI;
    private static final Map<String, JapaneseEra> ERAS = Map.of(
            "令和", JapaneseEra.REIWA, "R", JapaneseEra.REIWA,
            "平成", JapaneseEra.HEISEI, "H", JapaneseEra.HEISEI,
            "昭和", JapaneseEra.SHOWA, "S", JapaneseEra.SHOWA,
            "大正", JapaneseEra.TAISHO, "T", JapaneseEra.TAISHO,
            "明治", JapaneseEra.MEIJI, "M", JapaneseEra.MEIJI);

    public FiscalYear {
        if (value < EARLIEST || value > LATEST) {
            throw new InvalidValueException("年度 " + value + " は扱える範囲（" + EARLIEST + "〜" + LATEST + "）の外です");
        }
    }

    @JsonCreator
    public static FiscalYear of(int value) {
        return new FiscalYear(value);
    }

    /**
     * Reads every form the sheets use: {@code 2019}, {@code FY2019}, {@code R1}, {@code Ｒ１}, {@code 令和元年度},
     * {@code 令和1年度}, {@code H31}, {@code 平成31年度}, full- or half-width alike, with or without 末
     * ({@code 令和2年度末}). A Heisei year past 31 is read as 1988 + n ({@code H32}, {@code 平成32年度末} = FY2020,
     * shown {@code R2}); a year 0 ({@code R0}) or an older era past its end ({@code S70}) is refused.
     *
     * @throws InvalidValueException saying why the label cannot be a fiscal year
     */
    @JsonCreator
    public static FiscalYear parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("年度が空です");
        }
        String label = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
        Matcher western = WESTERN.matcher(label);
        if (western.matches()) {
            return new FiscalYear(Integer.parseInt(western.group(1)));
        }
        Matcher era = ERA.matcher(label);
        if (era.matches()) {
            return fromEra(ERAS.get(era.group(1).toUpperCase(Locale.ROOT)), yearOfEra(era.group(2)), text);
        }
        throw new InvalidValueException("「" + text + "」は年度として読めません（例: 2019, FY2019, R1, 令和元年度, H31）");
    }

    private static int yearOfEra(String digits) {
        return "元".equals(digits) ? 1 : Integer.parseInt(digits);
    }

    private static FiscalYear fromEra(JapaneseEra era, int yearOfEra, String text) {
        String eraName = era.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
        if (yearOfEra < 1) {
            throw new InvalidValueException("「" + text + "」: " + eraName + "に" + yearOfEra + "年はありません（元年から数えます）");
        }
        int westernYear;
        try {
            westernYear = JapaneseChronology.INSTANCE.prolepticYear(era, yearOfEra);
        } catch (DateTimeException pastTheEraEnd) {
            // prolepticYear refuses a year of era after the era ended (H32, S70) with a bare DateTimeException.
            if (era.equals(COUNTED_ON_PAST_ITS_END)) {
                return countedOn(era, yearOfEra, text);
            }
            // Any other era past its end gets the same clear answer as any other impossible label.
            throw noSuchFiscalYear(eraName, yearOfEra, text);
        }
        if (westernYear < 1873 || !eraInForceDuring(era, westernYear)) {
            throw noSuchFiscalYear(eraName, yearOfEra, text);
        }
        return new FiscalYear(westernYear);
    }

    private static FiscalYear countedOn(JapaneseEra era, int yearOfEra, String text) {
        int westernYear = JapaneseChronology.INSTANCE.prolepticYear(era, 1) + yearOfEra - 1;
        try {
            return new FiscalYear(westernYear);
        } catch (InvalidValueException outOfRange) {
            throw new InvalidValueException("「" + text + "」: " + outOfRange.getMessage());
        }
    }

    private static InvalidValueException noSuchFiscalYear(String eraName, int yearOfEra, String text) {
        return new InvalidValueException("「" + text + "」: " + eraName + yearOfEra + "年度は存在しません（"
                + eraName + "はその年度には使われていません）");
    }

    /** An era label names a fiscal year only if the era was in force on some day of that year. */
    private static boolean eraInForceDuring(JapaneseEra era, int westernYear) {
        try {
            return eraOn(LocalDate.of(westernYear, 4, 1)) == era || eraOn(LocalDate.of(westernYear + 1, 3, 31)) == era;
        } catch (DateTimeException beforeMeiji6) {
            return false;
        }
    }

    private static JapaneseEra eraOn(LocalDate date) {
        return JapaneseDate.from(date).getEra();
    }

    /**
     * The era a fiscal year is named by. When an era changes within a fiscal year, the year takes the name of
     * the era in force for most of it: FY2019 is 令和元年度 (Reiwa began on 1 May), FY1988 stays 昭和63年度
     * (Heisei began on 8 January).
     */
    private JapaneseDate namingDate() {
        return JapaneseDate.from(LocalDate.of(value, 10, 1));
    }

    /** As the sheet's tables print it: {@code H30}, {@code R1}, {@code R2}. */
    public String eraLabel() {
        // a projection labels every year of every target of a sheet on each write; the era's name is found through
        // a DateTimeFormatter each time, so each year's label is worked out once
        return ERA_LABELS.computeIfAbsent(value, year -> {
            JapaneseDate date = namingDate();
            return date.getEra().getDisplayName(TextStyle.NARROW, Locale.ROOT) + date.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        });
    }

    /** As the sheet's prose writes it: {@code 令和元年度}, {@code 令和２年度}. */
    public String japaneseLabel() {
        JapaneseDate date = namingDate();
        int yearOfEra = date.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        String year = yearOfEra == 1 ? "元" : toFullWidth(Integer.toString(yearOfEra));
        return date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE) + year + "年度";
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        digits.chars().forEach(c -> out.append((char) ('０' + (c - '0'))));
        return out.toString();
    }

    /** 1 April, 00:00 in Japan. */
    public ZonedDateTime start() {
        return LocalDate.of(value, 4, 1).atStartOfDay(JAPAN);
    }

    /** The day the year's actuals are reported as of (各年度３月末現在): 31 March at its end. */
    public LocalDate asOfDate() {
        return LocalDate.of(value + 1, 3, 31);
    }

    /**
     * Whether a value can stand as of {@code date} for this year: from its first day (1 April) to a year after its
     * end (a figure taken late, 「翌年度7月末時点」); anything else is a typing error, not a date a sheet prints.
     */
    public boolean admitsAsOf(LocalDate date) {
        return !date.isBefore(start().toLocalDate()) && !date.isAfter(asOfDate().plusYears(1));
    }

    public boolean hasBegunAt(java.time.Instant instant) {
        return !instant.isBefore(start().toInstant());
    }

    @JsonValue
    public int value() {
        return value;
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "FY" + value;
    }
}
