package jp.pdcaledger.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks built to cost more unpacked than their size suggests, written part by part through a streaming zip
 * writer so that the test holds only the zipped bytes. Their filler inflates about 70-fold: within POI's per-part
 * ratio guard (100-fold), so only a bound on the whole can stop them.
 */
final class HostileWorkbooks {

    private HostileWorkbooks() {
    }

    /** The workbook with one more worksheet, {@code name}, registered as Excel would, whose XML is {@code xml}. */
    static byte[] withExtraSheet(byte[] workbook, String name, String xml) {
        return rezipped(workbook, (part, text) -> registered(part, text, name), (zip, rewrite) -> {
            zip.putNextEntry(new ZipEntry("xl/worksheets/" + name + ".xml"));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        });
    }

    /** The workbook with {@code bytes} of filler (an XML comment) at the end of each of {@code parts}. */
    static byte[] padded(byte[] workbook, long bytes, String... parts) {
        java.util.Set<String> padded = java.util.Set.of(parts);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                if (padded.contains(entry.getName())) {
                    Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    text.write("<!--");
                    filler(text, bytes);
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

    /** The same zip, its central directory claiming every part unpacks to 1 KB: a lie only counting catches. */
    static byte[] understated(byte[] zip) {
        byte[] lying = zip.clone();
        ByteBuffer bytes = ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN);
        int end = lying.length - 22;
        while (bytes.getInt(end) != 0x06054b50) {
            end--;
        }
        int entries = Short.toUnsignedInt(bytes.getShort(end + 10));
        int at = bytes.getInt(end + 16);
        for (int i = 0; i < entries; i++) {
            if (bytes.getInt(at) != 0x02014b50) {
                throw new IllegalStateException("not a central directory header at " + at);
            }
            bytes.putInt(at + 24, 1024);
            at += 46 + Short.toUnsignedInt(bytes.getShort(at + 28)) + Short.toUnsignedInt(bytes.getShort(at + 30))
                    + Short.toUnsignedInt(bytes.getShort(at + 32));
        }
        return lying;
    }

    /** Digits that deflate about 70-fold: mostly the same, one in sixteen drawn at random (seeded). */
    static void filler(Writer out, long bytes) throws IOException {
        Random random = new Random(20);
        char[] line = new char[1024];
        for (long written = 0; written < bytes; written += line.length) {
            for (int i = 0; i < line.length; i++) {
                line[i] = i % 16 == 0 ? (char) ('0' + random.nextInt(10)) : '1';
            }
            out.write(line);
        }
    }

    private interface Extra {
        void write(ZipOutputStream zip, BinaryOperator<String> rewrite) throws IOException;
    }

    private static byte[] rezipped(byte[] workbook, BinaryOperator<String> rewrite, Extra extra) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(rewrite.apply(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            extra.write(zip, rewrite);
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook's list of sheets, its relationships and its content types, with the sheet {@code name} added. */
    private static String registered(String part, String xml, String name) {
        return switch (part) {
            case "xl/workbook.xml" -> xml.replace("</sheets>",
                    "<sheet name=\"" + name + "\" r:id=\"rIdExtra" + name + "\" sheetId=\"" + (100 + name.length()) + "\"/></sheets>");
            case "xl/_rels/workbook.xml.rels" -> xml.replace("</Relationships>", "<Relationship Id=\"rIdExtra" + name
                    + "\" Target=\"worksheets/" + name + ".xml\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"/></Relationships>");
            case "[Content_Types].xml" -> xml.replace("</Types>", "<Override ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.worksheet+xml\" PartName=\"/xl/worksheets/" + name
                    + ".xml\"/></Types>");
            default -> xml;
        };
    }
}
