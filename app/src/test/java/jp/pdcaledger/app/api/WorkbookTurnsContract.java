package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.Workbooks;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static jp.pdcaledger.app.support.Workbooks.XLSX;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks are read a few at a time (pdca.workbook.max-concurrent-reads): run with one at a time and no waiting,
 * so that uploads sent at once must find the reader busy. Each upload records an actual on a sheet of its own.
 */
public interface WorkbookTurnsContract extends ApiTest {

    int UPLOADS = 6;

    /** The properties the test classes run with. */
    String ONE_AT_A_TIME = "pdca.workbook.max-concurrent-reads=1";
    String NO_WAITING = "pdca.workbook.read-wait=0s";

    /** A sheet whose FY2025 actual is filled in its workbook, padded to take a while to read (24 MB of XML). */
    private byte[] editedWorkbook(String id) {
        long version = events().of(id).size() - 1;
        Api.Response caughtUp = api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);
        assertThat(caughtUp.status()).as(caughtUp.toString()).isEqualTo(200);
        byte[] exported = api().as("staff").download("/api/sheets/" + id + "/xlsx").body();
        String actual = SheetWorkbook.read(exported).cells().actualCell(2025, Sheets.TARGET);
        return Workbooks.padded(Workbooks.withNumber(exported, actual, 180), 12L << 20,
                "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml");
    }

    @Test
    default void uploads_beyond_the_readers_get_503_with_retry_after_and_store_nothing_while_the_others_are_stored()
            throws Exception {
        List<String> ids = new ArrayList<>();
        List<byte[]> workbooks = new ArrayList<>();
        List<Integer> eventsBefore = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            String id = new Sheets(this).registeredWithTarget();
            new Sheets(this).stepsUpTo(id, 2024, "improvement");
            ids.add(id);
            workbooks.add(editedWorkbook(id));
            eventsBefore.add(events().of(id).size());
        }
        ExecutorService clients = Executors.newFixedThreadPool(UPLOADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            String id = ids.get(i);
            byte[] workbook = workbooks.get(i);
            answers.add(clients.submit(() -> {
                go.await();
                return api().as("staff").post("/api/sheets/" + id + "/xlsx", workbook, XLSX);
            }));
        }

        go.countDown();

        int stored = 0;
        int busy = 0;
        for (int i = 0; i < UPLOADS; i++) {
            Api.Response answer = answers.get(i).get(60, TimeUnit.SECONDS);
            List<StoredEvent> events = events().of(ids.get(i));
            if (answer.status() == 200) {
                stored++;
                assertThat(events).hasSize(eventsBefore.get(i) + 1);
                assertThat(events.get(events.size() - 1).type()).isEqualTo("AnnualActualRecorded");
            } else {
                busy++;
                assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
                assertThat(answer.header("Retry-After")).isEqualTo("2");
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:workbook-readers-busy");
                assertThat(events).as("nothing stored for a busy answer").hasSize(eventsBefore.get(i));
            }
        }
        clients.shutdown();
        assertThat(stored).as("uploads that found the reader free").isGreaterThanOrEqualTo(1);
        assertThat(busy).as("uploads that found it busy").isGreaterThanOrEqualTo(1);
    }
}
