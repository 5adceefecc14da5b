package jp.pdcaledger.kernel;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text as the ledger keeps and compares it: line breaks as {@code \n} (a browser sends {@code \r\n}, an old Mac file
 * {@code \r}) and Unicode in NFC (a macOS file name or a pasted ｶﾞ may arrive decomposed). Applied where text enters
 * the domain, to every text of a command, and where text leaves the store, to every text of an event as the folds
 * read it: events stored before (with {@code \r\n}) are never rewritten, they are read as if they had been stored so.
 * Without it, a workbook exported from a sheet typed in a browser came back "changed" though nobody touched it.
 */
public final class Texts {

    private Texts() {
    }

    public static String normalised(String text) {
        if (text == null) {
            return null;
        }
        String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lines, Normalizer.Form.NFC) ? lines : Normalizer.normalize(lines, Normalizer.Form.NFC);
    }

    /**
     * The record with every text in it normalised, recursively through nested records and lists; the same instance
     * when no text changes (the common case costs no copy). Anything that is not a record is returned as it is.
     */
    @SuppressWarnings("unchecked")
    public static <T> T normalisedRecord(T value) {
        return (T) normalisedValue(value);
    }

    private static Object normalisedValue(Object value) {
        if (value instanceof String text) {
            return normalised(text);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object element : list) {
                Object normalised = normalisedValue(element);
                changed |= normalised != element;
                copy.add(normalised);
            }
            return changed ? List.copyOf(copy) : list;
        }
        if (value == null || !value.getClass().isRecord()) {
            return value;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        boolean changed = false;
        try {
            for (int i = 0; i < components.length; i++) {
                Object component = components[i].getAccessor().invoke(value);
                arguments[i] = normalisedValue(component);
                changed |= arguments[i] != component;
            }
            if (!changed) {
                return value;
            }
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException("cannot normalise the texts of " + value.getClass().getName(), unexpected);
        }
    }
}
