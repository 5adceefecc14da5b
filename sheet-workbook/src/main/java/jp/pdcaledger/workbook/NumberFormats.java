package jp.pdcaledger.workbook;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The number format of each cell style, from the styles part as it streams past: all a number typed into a text
 * cell needs to read as Excel shows it. Excel allows 65,490 cell styles and about 250 custom formats; a styles
 * part claiming more is not a workbook anyone saved.
 */
final class NumberFormats extends DefaultHandler {

    static final int MAX_STYLES = 65_490;
    static final int MAX_FORMATS = 1_000;

    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> styleFormats = new ArrayList<>();
    private boolean inCellStyles;

    static NumberFormats none() {
        return new NumberFormats();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "numFmt" -> {
                if (formats.size() >= MAX_FORMATS) {
                    throw new SAXException("too many number formats");
                }
                String id = attributes.getValue("numFmtId");
                String code = attributes.getValue("formatCode");
                if (id != null && code != null) {
                    formats.put(Integer.parseInt(id), code);
                }
            }
            case "cellXfs" -> inCellStyles = true;
            case "xf" -> {
                if (inCellStyles) {
                    if (styleFormats.size() >= MAX_STYLES) {
                        throw new SAXException("too many cell styles");
                    }
                    String id = attributes.getValue("numFmtId");
                    styleFormats.add(id == null ? 0 : Integer.parseInt(id));
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("cellXfs")) {
            inCellStyles = false;
        }
    }

    int formatIndex(int style) {
        return style >= 0 && style < styleFormats.size() ? styleFormats.get(style) : 0;
    }

    String formatString(int style) {
        int index = formatIndex(style);
        String format = formats.containsKey(index) ? formats.get(index) : BuiltinFormats.getBuiltinFormat(index);
        return format == null ? "General" : format;
    }
}
