package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.Workbooks;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.lang.ref.Reference;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;

/**
 * The sheets kept in memory between commands: a write that stores nothing (a refusal, a dry run) drops from the
 * cache the sheet it touched, which may hold events that were never stored, and only that sheet; every other sheet
 * stays cached, not reloaded from its events after each refusal anywhere.
 */
public interface AggregateCacheContract extends ApiTest {

    /** The command side's cache of sheets. */
    Cache sheetCache();

    /**
     * The sheet as the cache holds it after a write, held on to by the test so that the cache (of weak references)
     * cannot lose it to the garbage collector meanwhile: a missing entry afterwards was evicted.
     */
    private Object cachedAfterAWrite(String sheetId) {
        for (int correction = 1; correction <= 10; correction++) {
            Api.Response corrected = api().as("staff").post("/api/sheets/" + sheetId
                            + "/fiscal-years/2024/actuals/" + Sheets.TARGET + "/corrections",
                    Map.of("value", 175 + correction, "reason", "集計誤りの訂正"));
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            Object cached = sheetCache().get(sheetId);
            if (cached != null) {
                return cached;
            }
        }
        throw new AssertionError("sheet " + sheetId + " is never cached after a write");
    }

    private String sheetWithAnActual() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2024, "actual");
        return id;
    }

    @Test
    default void a_refused_write_drops_its_own_sheet_from_the_cache_and_no_other() {
        String refusedSheet = sheetWithAnActual();
        String otherSheet = sheetWithAnActual();
        Object refusedEntry = cachedAfterAWrite(refusedSheet);
        Object otherEntry = cachedAfterAWrite(otherSheet);

        Api.Response refused = api().as("staff").post("/api/sheets/" + refusedSheet + "/fiscal-years/2025/evaluation",
                Map.of("text", "実績より先の評価"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(sheetCache().containsKey(refusedSheet)).as("the refused sheet still cached").isFalse();
        assertThatObject(sheetCache().get(otherSheet)).as("another sheet's cached aggregate").isSameAs(otherEntry);
        Reference.reachabilityFence(refusedEntry);
    }

    @Test
    default void a_dry_run_drops_the_sheet_it_tried_from_the_cache_and_no_other() {
        String triedSheet = sheetWithAnActual();
        String otherSheet = sheetWithAnActual();
        Object triedEntry = cachedAfterAWrite(triedSheet);
        Object otherEntry = cachedAfterAWrite(otherSheet);
        byte[] exported = exported(triedSheet);
        byte[] edited = Workbooks.withNumber(exported,
                SheetWorkbook.read(exported).cells().actualCell(2025, Sheets.TARGET), 180);

        Api.Response dryRun = api().as("staff").post("/api/sheets/" + triedSheet + "/xlsx?dryRun=true", edited,
                Workbooks.XLSX);

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().get("changes")).hasSize(1);
        assertThat(sheetCache().containsKey(triedSheet)).as("the sheet the dry run tried still cached").isFalse();
        assertThatObject(sheetCache().get(otherSheet)).as("another sheet's cached aggregate").isSameAs(otherEntry);
        Reference.reachabilityFence(triedEntry);
    }

    private byte[] exported(String sheetId) {
        List<StoredEvent> stored = events().of(sheetId);
        long version = stored.get(stored.size() - 1).sequence();
        Api.Response caughtUp = api().as("staff").get("/api/sheets/" + sheetId + "?minVersion=" + version);
        assertThat(caughtUp.status()).as(caughtUp.toString()).isEqualTo(200);
        Api.Download download = api().as("staff").download("/api/sheets/" + sheetId + "/xlsx");
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        return download.body();
    }
}
