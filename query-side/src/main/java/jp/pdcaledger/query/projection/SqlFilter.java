package jp.pdcaledger.query.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The WHERE clause of a read model's query, built from filters any of which may be absent: a condition is added only
 * for a value given, and the values travel as parameters, never in the SQL.
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code condition} (one {@code ?}) with {@code value}, unless the value is absent. */
    public SqlFilter and(String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.add(value);
        }
        return this;
    }

    /** {@code " WHERE a = ? AND b = ?"}, or nothing when no filter was given. */
    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The filters' values, followed by {@code more} (a page's size and offset). */
    public List<Object> params(Object... more) {
        List<Object> all = new ArrayList<>(params);
        Collections.addAll(all, more);
        return all;
    }

    /** A value to find as part of a text with {@code LIKE ? ESCAPE '\'}: its wildcards taken literally. */
    public static String containing(String part) {
        return part == null ? null : "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
