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
}
