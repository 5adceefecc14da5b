package jp.pdcaledger.query.audit;

import jp.pdcaledger.kernel.event.AuditFields;
import jp.pdcaledger.kernel.event.SheetEvent;
import jp.pdcaledger.kernel.sheet.NumberLimits;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an event changed, for the audit log: a sentence in Japanese and, per field, the value before and after
 * (before is absent for a first entry, and only fields that changed are listed for corrections and revisions). Each
 * event says both itself ({@link SheetEvent#describe}); this record keeps what it says, as the log stores it.
 */
public record AuditDescription(String summary, Map<String, Map<String, Object>> changes) {

    public static AuditDescription of(Object event) {
        if (!(event instanceof SheetEvent sheetEvent)) {
            return new AuditDescription(event.getClass().getSimpleName(), Map.of());
        }
        Changes changes = new Changes(new LinkedHashMap<>());
        String summary = sheetEvent.describe(changes);
        return new AuditDescription(summary, changes.fields());
    }

    /** The fields an event set or changed, each with its value after and, for a change, before. */
    private record Changes(Map<String, Map<String, Object>> fields) implements AuditFields {

        @Override
        public void added(String field, Object after) {
            if (after != null) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("after", after instanceof Number ? value(after) : after.toString());
                fields.put(field, change);
            }
        }

        @Override
        public void changed(String field, Object before, Object after) {
            boolean same = before instanceof BigDecimal a && after instanceof BigDecimal b
                    ? NumberLimits.sameValue(a, b) : Objects.equals(before, after);
            if (!same) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", value(before));
                change.put("after", value(after));
                fields.put(field, change);
            }
        }
    }

    /** An event whose payload cannot be read (or described): logged by its type alone, with nothing it changed. */
    public static AuditDescription unreadable(String payloadType) {
        return new AuditDescription("内容を読めないイベント: " + payloadType.substring(payloadType.lastIndexOf('.') + 1),
                Map.of());
    }

    /**
     * A number as the log keeps it: a JSON number when a sheet can hold it; the text of one stored before numbers
     * were bounded ({@code "1E+400"}), which read back as a JSON number would turn into a double's Infinity.
     */
    private static Object value(Object value) {
        return value instanceof BigDecimal number && !NumberLimits.withinLimits(number) ? NumberLimits.text(number)
                : value;
    }
}
