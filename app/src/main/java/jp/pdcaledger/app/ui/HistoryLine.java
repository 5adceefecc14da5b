package jp.pdcaledger.app.ui;

import java.time.Instant;
import java.util.List;

/**
 * One change of a sheet as its history page writes it for an auditor: when (Japan time, to the minute), what in
 * words with the names of targets and indicators (not their keys), who, whether an import brought it and from which
 * file, why, and each field that changed under its Japanese name, its value before and after.
 *
 * @param importedFrom the file an import read it from; null when it was not imported
 */
public record HistoryLine(long sequenceNumber, Instant time, String when, String what, String actor,
                          String importedFrom, String reason, List<FieldChange> changes) {

    /** {@code before} is null for a first entry: only a correction or a revision has a value before. */
    public record FieldChange(String field, String before, String after) {
    }
}
