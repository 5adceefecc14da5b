package jp.pdcaledger.kernel.event;

/**
 * The fields an event set or changed, as the audit log lists them beside its sentence ({@link SheetEvent#describe}).
 * The read side keeps them and formats the values; an event only names the fields and gives their values.
 */
public interface AuditFields {

    /** A field a first entry set: listed with its value after; a null value is not listed. */
    void added(String field, Object after);

    /**
     * A field a correction or revision may have changed: listed with its value before and after, only when they
     * differ (numbers by value: 1.0 and 1 are the same).
     */
    void changed(String field, Object before, Object after);
}
