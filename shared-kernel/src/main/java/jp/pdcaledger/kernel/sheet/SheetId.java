package jp.pdcaledger.kernel.sheet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jp.pdcaledger.kernel.InvalidValueException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of one management sheet (目標等の管理シート); a UUID in its canonical text form. */
public record SheetId(@JsonValue String value) {

    /** Only the canonical form: {@link UUID#fromString} would also take "1-1-1-1-1". */
    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public SheetId {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new InvalidValueException("シートIDはUUID（例: 6f1c1f0e-3b4a-4c55-9a51-1d2f8e0a7b10）です: " + value);
        }
    }

    @JsonCreator
    public static SheetId of(String value) {
        return new SheetId(value == null ? null : value.toLowerCase(java.util.Locale.ROOT));
    }

    public static SheetId generate() {
        return new SheetId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
