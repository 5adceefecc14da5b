package jp.pdcaledger.app.support;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A real workbook with extra worksheets of repetitive cells: a few MB on the wire, each part within POI's per-entry
 * inflate ratio (about 84:1 against its 100:1) and entry size, but {@code extraSheets} × ~19 MB of XML in all. It is
 * what a read-only user can send to an upload form; it is generated here, row by row, so that nothing of its inflated
 * size is ever held in memory.
 */
public final class ExpandingWorkbook {

    private static final String MARK = "EXPANDS-HERE";
    private static final long PART_BYTES = 19_000_000;

    private ExpandingWorkbook() {
    }

    /** {@code base} (an exported sheet workbook, say) with {@code extraSheets} worksheets of ~19 MB of XML each. */
    public static byte[] of(byte[] base, int extraSheets) {
        try {
            byte[] skeleton;
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(base));
                 ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                for (int i = 0; i < extraSheets; i++) {
                    workbook.createSheet("extra" + i).createRow(0).createCell(0).setCellValue(MARK);
                }
                workbook.write(out);
                skeleton = out.toByteArray();
            }
            java.util.Set<String> baseParts = new java.util.HashSet<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    baseParts.add(entry.getName());
                }
            }
            ByteArrayOutputStream expanded = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton));
                 ZipOutputStream out = new ZipOutputStream(expanded)) {
                Random random = new Random(extraSheets);
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    byte[] content = in.readAllBytes();
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    // the worksheets added here: parts the base workbook does not have
                    if (entry.getName().startsWith("xl/worksheets/sheet") && !baseParts.contains(entry.getName())) {
                        repetitiveSheet(out, random);
                    } else {
                        out.write(content);
                    }
                    out.closeEntry();
                }
            }
            return expanded.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void repetitiveSheet(OutputStream out, Random random) throws IOException {
        String fill = "あいう".repeat(200);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                .getBytes(StandardCharsets.UTF_8));
        long written = 0;
        for (int row = 1; written < PART_BYTES; row++) {
            byte[] xml = ("<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>" + fill
                    + Long.toHexString(random.nextLong()) + "</t></is></c></row>").getBytes(StandardCharsets.UTF_8);
            out.write(xml);
            written += xml.length;
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }
}
