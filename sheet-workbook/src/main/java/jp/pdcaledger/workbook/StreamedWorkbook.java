package jp.pdcaledger.workbook;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * An uploaded workbook read with POI's streaming reader ({@link XSSFReader}, SAX), and only the parts the layout
 * defines: the workbook's list of sheets, the page, the hidden {@code pdca} sheet, the sheet of the answers and
 * measures, the shared strings they use and
 * the styles' number formats. Any other worksheet is never opened, however large; everything opened is counted as it
 * inflates ({@link InflationBudget}), and each sheet is read no further than the row and column limits.
 */
final class StreamedWorkbook {

    /** The page and the hidden sheet as grids, null for a sheet the workbook does not have. */
    final SheetGrid page;
    final SheetGrid data;
    /** The sheet of the answers and measures ({@link ResponsesSheet}); null in a workbook written before it existed. */
    final SheetGrid responses;
    final NumberFormats formats;
    final boolean date1904;

    private StreamedWorkbook(SheetGrid page, SheetGrid data, SheetGrid responses, NumberFormats formats,
                             boolean date1904) {
        this.page = page;
        this.data = data;
        this.responses = responses;
        this.formats = formats;
        this.date1904 = date1904;
    }

    static StreamedWorkbook read(byte[] bytes, long maxInflated, int maxRows, int maxColumns)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (InflationBudget zip = InflationBudget.open(bytes, maxInflated)) {
            OPCPackage workbook = OPCPackage.open(zip);
            try {
                XSSFReader reader = new XSSFReader(workbook);
                SheetList sheets = new SheetList();
                parse(reader.getWorkbookData(), sheets);
                SheetGrid page = grid(reader, sheets.pageId, SheetWorkbook.SHEET_NAME, maxRows, maxColumns);
                SheetGrid data = grid(reader, sheets.dataId, SheetWorkbook.DATA_SHEET_NAME, maxRows, maxColumns);
                SheetGrid responses = grid(reader, sheets.responsesId, ResponsesSheet.NAME, maxRows, maxColumns);
                sharedStrings(reader, page, data, responses);
                NumberFormats formats = NumberFormats.none();
                InputStream styles = reader.getStylesData();
                if (styles != null) {
                    formats = new NumberFormats();
                    parse(styles, formats);
                }
                return new StreamedWorkbook(page, data, responses, formats, sheets.date1904);
            } finally {
                workbook.revert();
            }
        }
    }

    private static SheetGrid grid(XSSFReader reader, String relationId, String name, int maxRows, int maxColumns)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        if (relationId == null) {
            return null;
        }
        SheetGrid grid = new SheetGrid(name);
        try {
            parse(reader.getSheet(relationId), new SheetGridHandler(grid, maxRows, maxColumns));
        } catch (SheetGridHandler.LimitReached stopped) {
            // the grid says where, and the reader refuses the workbook naming that cell
        }
        return grid;
    }

    /** Looks up the shared strings the two grids use, in one pass over the table. */
    private static void sharedStrings(XSSFReader reader, SheetGrid... grids)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Map<Integer, String> wanted = new HashMap<>();
        for (SheetGrid grid : grids) {
            if (grid != null) {
                grid.cells().forEach(cell -> {
                    if (cell.sharedString >= 0) {
                        wanted.put(cell.sharedString, null);
                    }
                });
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        InputStream table = reader.getSharedStringsData();
        if (table == null) {
            throw new IOException("no shared strings");
        }
        parse(table, new SharedStrings(wanted));
        for (SheetGrid grid : grids) {
            if (grid != null) {
                for (SheetGrid.GridCell cell : grid.cells()) {
                    if (cell.sharedString >= 0) {
                        String text = wanted.get(cell.sharedString);
                        if (text == null) {
                            throw new IOException("shared string " + cell.sharedString + " missing");
                        }
                        cell.value = text;
                        cell.type = CellType.STRING;
                        cell.sharedString = -1;
                    }
                }
            }
        }
    }

    /** Parses with POI's hardened SAX parser: no DOCTYPE, no external entities. */
    private static void parse(InputStream part, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        try (part) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(part));
        }
    }

    /** The workbook part's list of sheets: which relationship holds the page and which the hidden sheet. */
    private static final class SheetList extends DefaultHandler {

        private static final String RELATIONSHIPS =
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

        String pageId;
        String dataId;
        String responsesId;
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if (localName.equals("sheet")) {
                // as XSSFWorkbook.getSheet: the first sheet of the name, in any case
                String name = attributes.getValue("name");
                String id = attributes.getValue(RELATIONSHIPS, "id");
                if (pageId == null && SheetWorkbook.SHEET_NAME.equalsIgnoreCase(name)) {
                    pageId = id;
                } else if (dataId == null && SheetWorkbook.DATA_SHEET_NAME.equalsIgnoreCase(name)) {
                    dataId = id;
                } else if (responsesId == null && ResponsesSheet.NAME.equalsIgnoreCase(name)) {
                    responsesId = id;
                }
            }
        }
    }
}
