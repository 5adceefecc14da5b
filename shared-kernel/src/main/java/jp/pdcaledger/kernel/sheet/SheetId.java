package jp.pdcaledger.kernel.sheet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of one management sheet (目標等の管理シート); a UUID in its canonical text form. */
public record SheetId(@JsonValue String value) {

    public SheetId {
        Objects.requireNonNull(value, "sheet id");
    }

    @JsonCreator
    public static SheetId of(String value) {
        return new SheetId(UUID.fromString(value).toString());
    }

    public static SheetId generate() {
        return new SheetId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
