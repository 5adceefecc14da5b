package jp.pdcaledger.workbook;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared strings a grid's cells point to, and only those: the table streams past, and a string no cell of the
 * two sheets uses is never held. Rich text is its runs' text; phonetic guides (ふりがな, {@code rPh}) are not part
 * of it, as in POI's {@code XSSFRichTextString}.
 */
final class SharedStrings extends DefaultHandler {

    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final Map<Integer, String> wanted;
    private int index = -1;
    private boolean keeping;
    private boolean inText;
    private boolean inPhonetic;
    private final StringBuilder text = new StringBuilder();

    /** {@code wanted} maps the indices the cells use to null; each is filled in as the table streams past. */
    SharedStrings(Map<Integer, String> wanted) {
        this.wanted = wanted;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                index++;
                keeping = wanted.containsKey(index);
                text.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = keeping && !inPhonetic;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "si" -> {
                if (keeping) {
                    wanted.put(index, decoded(text.toString()));
                }
                keeping = false;
            }
            default -> { }
        }
    }

    /** Excel's escapes of characters XML cannot carry ({@code _x000D_} for a carriage return), undone as POI does. */
    static String decoded(String value) {
        if (value == null || !value.contains("_x")) {
            return value;
        }
        Matcher escape = ESCAPED.matcher(value);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (escape.find()) {
            out.append(value, at, escape.start()).append((char) Integer.parseInt(escape.group(1), 16));
            at = escape.end();
        }
        return at == 0 ? value : out.append(value.substring(at)).toString();
    }
}
