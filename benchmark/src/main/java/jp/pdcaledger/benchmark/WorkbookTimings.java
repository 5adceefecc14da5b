package jp.pdcaledger.benchmark;

import jp.pdcaledger.workbook.SheetWorkbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Excel in, Excel out (issue 8), timed over HTTP: the seed sheet's workbook exported, uploaded back unchanged (dry run
 * and real) and with one correction; the collection of every sheet as a workbook; every sheet's workbook exported.
 * Each beside the JSON request it stands for, measured in the same run.
 */
final class WorkbookTimings {

    private static final int REPEATS = 50;
    private static final String XLSX = SheetWorkbook.CONTENT_TYPE;

    private final AppProcess app;

    private WorkbookTimings(AppProcess app) {
        this.app = app;
    }

    static void measure(AppProcess app, String seed, List<String> sheets) {
        new WorkbookTimings(app).run(seed, sheets);
    }

    private void run(String seed, List<String> sheets) {
        String sheet = "/api/sheets/" + seed;
        Percentiles json = repeat(() -> app.http.get("admin", sheet + "/export").status());
        Percentiles export = repeat(() -> app.http.bytes("admin", sheet + "/xlsx").length);
        byte[] workbook = app.http.bytes("admin", sheet + "/xlsx");
        Benchmark.print("seed sheet: pdca-sheet/v1 export (baseline) %s", json.summary());
        Benchmark.print("seed sheet: workbook export (%,d bytes) %s", workbook.length, export.summary());
        Benchmark.print("seed sheet: upload unchanged, dry run %s",
                repeat(() -> ok(app.http.post("staff", sheet + "/xlsx?dryRun=true", workbook, XLSX))).summary());
        Benchmark.print("seed sheet: upload unchanged (no changes, nothing stored) %s",
                repeat(() -> ok(app.http.post("staff", sheet + "/xlsx", workbook, XLSX))).summary());
        Percentiles corrections = new Percentiles();
        long version = app.http.get("admin", sheet).json().get("version").asLong();
        for (int i = 0; i < REPEATS; i++) {
            app.http.get("admin", sheet + "?minVersion=" + version);
            byte[] corrected = withNote(app.http.bytes("admin", sheet + "/xlsx"), "集計を訂正（" + i + "）");
            long sent = System.nanoTime();
            Http.Response stored = app.http.post("staff",
                    sheet + "/xlsx?reason=" + URLEncoder.encode("集計誤り", StandardCharsets.UTF_8), corrected, XLSX);
            corrections.add(System.nanoTime() - sent);
            ok(stored);
            version = stored.json().get("version").asLong();
        }
        Benchmark.print("seed sheet: upload with one correction (one event stored) %s", corrections.summary());

        Percentiles dashboard = repeat(5, () -> app.http.get("dashboard", "/api/dashboard?size=1000").status());
        byte[] collection = app.http.bytes("dashboard", "/api/dashboard/xlsx");
        Percentiles collectionExport = repeat(5, () -> app.http.bytes("dashboard", "/api/dashboard/xlsx").length);
        Benchmark.print("collection of %,d sheets: dashboard JSON, first 1,000 rows (baseline) %s", sheets.size(),
                dashboard.summary());
        Benchmark.print("collection of %,d sheets: workbook (%,d bytes) %s", sheets.size(), collection.length,
                collectionExport.summary());

        Percentiles exports = new Percentiles();
        long start = System.nanoTime();
        for (String id : sheets) {
            long sent = System.nanoTime();
            app.http.bytes("admin", "/api/sheets/" + id + "/xlsx");
            exports.add(System.nanoTime() - sent);
        }
        Benchmark.print("every sheet's workbook exported, one after the other: %,d sheets in %.1f s, each %s",
                sheets.size(), (System.nanoTime() - start) / 1e9, exports.summary());
    }

    private static Percentiles repeat(Supplier<Integer> request) {
        return repeat(REPEATS, request);
    }

    private static Percentiles repeat(int times, Supplier<Integer> request) {
        request.get();
        Percentiles latency = new Percentiles();
        for (int i = 0; i < times; i++) {
            long sent = System.nanoTime();
            request.get();
            latency.add(System.nanoTime() - sent);
        }
        return latency;
    }

    private static int ok(Http.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("upload refused: " + response.status() + " " + response.body());
        }
        return response.status();
    }

    /** The seed's workbook with the note of its FY2020 actual rewritten: a correction. */
    private static byte[] withNote(byte[] workbook, String note) {
        CellReference cell = new CellReference(SheetWorkbook.read(workbook).cells().actualNoteCell(2020, "support-bases"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheetAt(0).getRow(cell.getRow()).getCell(cell.getCol()).setCellValue(note);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
