package jp.pdcaledger.command.web;

import tools.jackson.databind.DatabindException;

import java.util.List;

/** Renders Jackson's path to a bad value as the field name a client wrote: {@code fiscalYears[1].actuals[0].value}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(List<DatabindException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (DatabindException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
