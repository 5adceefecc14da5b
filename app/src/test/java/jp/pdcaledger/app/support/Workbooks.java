package jp.pdcaledger.app.support;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Workbooks as staff edit them (with POI, as Excel would save them), and workbooks no one should upload. */
public final class Workbooks {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PAGE = "目標等の管理シート";

    private Workbooks() {
    }

    public static XSSFWorkbook open(byte[] workbook) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(workbook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook after {@code edit}, saved again. */
    public static byte[] edited(byte[] workbook, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook book = open(workbook); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at {@code reference} (e.g. {@code D16}) of the page, created if the page has none there. */
    public static Cell cell(XSSFWorkbook book, String reference) {
        CellReference at = new CellReference(reference);
        XSSFSheet page = book.getSheet(PAGE);
        Row row = page.getRow(at.getRow()) == null ? page.createRow(at.getRow()) : page.getRow(at.getRow());
        return row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
    }

    public static byte[] withNumber(byte[] workbook, String reference, double value) {
        return edited(workbook, book -> cell(book, reference).setCellValue(value));
    }

    public static byte[] withText(byte[] workbook, String reference, String text) {
        return edited(workbook, book -> cell(book, reference).setCellValue(text));
    }

    /** The same workbook with its XML parts rewritten by {@code rewrite(name, xml)}, zipped again. */
    public static byte[] rezipped(byte[] workbook, java.util.function.BinaryOperator<String> rewrite) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(rewrite.apply(entry.getName(), content).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saved with a password (Excel's agile encryption): an OLE2 container around the encrypted package. */
    public static byte[] encrypted(byte[] workbook) {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(container)) {
                data.write(workbook);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page's XML padded with 40 MB of blanks after its end: a few KB zipped, a bomb unzipped. */
    public static byte[] zipBomb(byte[] workbook) {
        return rezipped(workbook, (name, xml) -> name.equals("xl/worksheets/sheet1.xml") ? xml + " ".repeat(40 << 20) : xml);
    }

    /** Shared strings that declare an external entity (XXE) and use it in place of a text. */
    public static byte[] withExternalEntity(byte[] workbook) {
        return rezipped(workbook, (name, xml) -> !name.equals("xl/sharedStrings.xml") ? xml
                : xml.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replaceFirst("<t>特になし</t>", "<t>&xxe;</t>"));
    }

    /** A workbook of someone else's making: one sheet, no hidden sheet of ours. */
    public static byte[] foreign() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet(PAGE).createRow(0).createCell(0).setCellValue("目標等の管理シート");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The workbook with {@code sheets} more worksheets of 60,000 rows of repetitive cells each, registered as Excel
     * would (~15 MB of XML each, 250 MB for 16): written part by part through a streaming zip writer, so that only
     * the zipped bytes (under 5 MB) are ever held. Each part inflates about 70-fold, within POI's per-part guard.
     */
    public static byte[] expanding(byte[] workbook, int sheets) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(withExtraSheets(entry.getName(), content, sheets).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            java.util.Random random = new java.util.Random(20);
            for (int sheet = 1; sheet <= sheets; sheet++) {
                out.putNextEntry(new ZipEntry("xl/worksheets/extra" + sheet + ".xml"));
                java.io.Writer xml = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\""
                        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                StringBuilder row = new StringBuilder();
                for (int r = 1; r <= 60_000; r++) {
                    row.setLength(0);
                    row.append("<row r=\"").append(r).append("\">");
                    for (int c = 0; c < 16; c++) {
                        row.append("<c><v>").append(c == 0 ? random.nextInt(10) : 1).append("</v></c>");
                    }
                    xml.write(row.append("</row>").toString());
                }
                xml.write("</sheetData></worksheet>");
                xml.flush();
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withExtraSheets(String part, String xml, int sheets) {
        StringBuilder sheetList = new StringBuilder();
        StringBuilder relationships = new StringBuilder();
        StringBuilder types = new StringBuilder();
        for (int sheet = 1; sheet <= sheets; sheet++) {
            sheetList.append("<sheet name=\"extra").append(sheet).append("\" r:id=\"rIdExtra").append(sheet)
                    .append("\" sheetId=\"").append(100 + sheet).append("\"/>");
            relationships.append("<Relationship Id=\"rIdExtra").append(sheet).append("\" Target=\"worksheets/extra")
                    .append(sheet).append(".xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/")
                    .append("relationships/worksheet\"/>");
            types.append("<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.")
                    .append("worksheet+xml\" PartName=\"/xl/worksheets/extra").append(sheet).append(".xml\"/>");
        }
        return switch (part) {
            case "xl/workbook.xml" -> xml.replace("</sheets>", sheetList + "</sheets>");
            case "xl/_rels/workbook.xml.rels" -> xml.replace("</Relationships>", relationships + "</Relationships>");
            case "[Content_Types].xml" -> xml.replace("</Types>", types + "</Types>");
            default -> xml;
        };
    }

    /**
     * The workbook with {@code bytes} of filler (an XML comment, ignored by any reader) after the end of each of
     * {@code parts}: still the same workbook, only slower to read. The filler inflates about 70-fold.
     */
    public static byte[] padded(byte[] workbook, long bytes, String... parts) {
        java.util.Set<String> padded = java.util.Set.of(parts);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                if (padded.contains(entry.getName())) {
                    java.io.Writer text = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    text.write("<!--");
                    java.util.Random random = new java.util.Random(20);
                    char[] line = new char[1024];
                    for (long written = 0; written < bytes; written += line.length) {
                        for (int i = 0; i < line.length; i++) {
                            line[i] = i % 16 == 0 ? (char) ('0' + random.nextInt(10)) : '1';
                        }
                        text.write(line);
                    }
                    text.write("-->");
                    text.flush();
                }
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
