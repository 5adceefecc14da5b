package jp.pdcaledger.kernel.sheet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jp.pdcaledger.kernel.InvalidValueException;
import java.util.regex.Pattern;

/** Key of a target or an activity indicator, unique within its sheet (e.g. {@code support-bases}). */
public record TargetKey(@JsonValue String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public TargetKey {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException("キーは英数字・ピリオド・ハイフン・下線の1〜64文字で、英数字で始めてください: " + value);
        }
    }

    @JsonCreator
    public static TargetKey of(String value) {
        return new TargetKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
