package jp.pdcaledger.kernel.sheet;

import java.math.BigDecimal;

/**
 * What a number on a sheet can be: an actual, a target, a baseline or a planned value counts people, places or
 * cases, or is a rate, so it is below a trillion in size ({@code |value| < 10^12}) and written with at most
 * {@value #DECIMALS} decimal places. Everything is decided on {@link BigDecimal#precision()} and
 * {@link BigDecimal#scale()} alone: {@code 1e999999999} is a valid JSON number and a cheap BigDecimal, but writing
 * it out in full or rescaling it takes gigabytes.
 * <p>
 * Events stored before this rule may hold any number; {@link #text} shows each of them without ever expanding it,
 * and {@link #withinLimits} tells a computation whether a stored number is one it can take.
 */
public final class NumberLimits {

    /** Digits before the decimal point: {@code 999999999999.9999} is the largest value. */
    public static final int INTEGER_DIGITS = 12;
    /** Digits after the decimal point. */
    public static final int DECIMALS = 4;
    /** How the limits read in a refusal. */
    public static final String DESCRIPTION = "絶対値が1兆（10^12）未満、小数点以下" + DECIMALS + "桁までの数値です";

    /** Past this many digits before or after the point a number is shown in scientific notation (1E+400). */
    private static final int PLAIN_DIGITS = 24;

    private NumberLimits() {
    }

    /** Whether the value is one a sheet can hold: {@code |value| < 10^12}, at most {@value #DECIMALS} decimals. */
    public static boolean withinLimits(BigDecimal value) {
        return value.scale() <= DECIMALS && integerDigits(value) <= INTEGER_DIGITS;
    }

    /**
     * The value as a person reads it: written out ({@code 1234.5}) when it is of a size a sheet can mean, in
     * scientific notation ({@code 1E+400}) past that, so that no stored number, however absurd, costs more to show
     * than its own digits.
     */
    public static String text(BigDecimal value) {
        return value.scale() <= PLAIN_DIGITS && integerDigits(value) <= PLAIN_DIGITS ? value.toPlainString()
                : value.toString();
    }

    /**
     * Whether two numbers of a sheet are the same: compared by value, so {@code 1} and {@code 1.0} are one target or
     * actual; a number reported as not available (null) is the same only as another one not available.
     */
    public static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The digits before the point as written (precision − scale); a long, since both are ints of either sign. */
    private static long integerDigits(BigDecimal value) {
        return (long) value.precision() - value.scale();
    }
}
