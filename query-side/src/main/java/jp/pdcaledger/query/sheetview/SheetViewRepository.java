package jp.pdcaledger.query.sheetview;

import jp.pdcaledger.query.projection.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The stored sheet views: one JSON document per sheet ({@link StoredViews}), with the columns that lists filter on. */
@Repository
public class SheetViewRepository {

    /** How often a waiter looks for a view that another query node wrote (this node's writes wake it at once). */
    public static final Duration FALLBACK_CHECK = Duration.ofMillis(250);

    private static final String STORED = "SELECT sheet_id, schema_version, document, municipality_code, version FROM sheet_view";

    private final JdbcClient jdbc;
    private final SheetViewUpdates updates;
    private final StoredViews stored;

    public SheetViewRepository(JdbcClient jdbc, SheetViewUpdates updates, StoredViews stored) {
        this.jdbc = jdbc;
        this.updates = updates;
        this.stored = stored;
    }

    public Optional<SheetView> find(String sheetId) {
        return findStored(sheetId).map(this::read);
    }

    /** The stored row as it is, with what a reader needs to know of it before reading its document. */
    public Optional<StoredView> findStored(String sheetId) {
        return jdbc.sql(STORED + " WHERE sheet_id = ?").param(sheetId).query(SheetViewRepository::stored).optional();
    }

    public record StoredView(String sheetId, int schemaVersion, String document, String municipalityCode, long version) {
    }

    /** The stored row read back as the view, in whatever schema it was written ({@link StoredViews}). */
    public SheetView read(StoredView view) {
        return stored.read(view.sheetId(), view.schemaVersion(), view.version(), view.document());
    }

    private static StoredView stored(ResultSet rs, int row) throws SQLException {
        return new StoredView(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5));
    }

    /**
     * Waits, at most {@code timeout}, until the sheet's view has taken version {@code wanted}; answers the version it
     * has then (-1 for no view yet). It holds the calling thread: for a page that has just written and shows the
     * sheet next. The API's waits hold none ({@code VersionWaits}).
     */
    public long awaitVersion(String sheetId, long wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Semaphore written = new Semaphore(0);
        try (SheetViewUpdates.Watch watch = updates.watch(sheetId, written::release)) {
            long current = versionOf(sheetId).orElse(-1L);
            long left = deadline - System.nanoTime();
            while (current < wanted && left > 0) {
                written.tryAcquire(Math.min(left, FALLBACK_CHECK.toNanos()), TimeUnit.NANOSECONDS);
                written.drainPermits();
                current = versionOf(sheetId).orElse(-1L);
                left = deadline - System.nanoTime();
            }
            return current;
        }
    }

    /** The versions of those of these sheets that have a view: one query for every sheet a node waits on. */
    public Map<String, Long> versionsOf(Collection<String> sheetIds) {
        if (sheetIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT sheet_id, version FROM sheet_view WHERE sheet_id IN (:ids)").param("ids", sheetIds)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<Long> versionOf(String sheetId) {
        return jdbc.sql("SELECT version FROM sheet_view WHERE sheet_id = ?").param(sheetId).query(Long.class).optional();
    }

    public void save(SheetView view) {
        String document = stored.document(view);
        Timestamp changed = Timestamp.from(view.lastChangedAt);
        int updated = jdbc.sql("""
                        UPDATE sheet_view SET version = ?, last_changed_at = ?, document = ?, schema_version = ?,
                               municipality_name = ?, department = ?, published = ? WHERE sheet_id = ?""")
                .params(view.version, changed, document, StoredViews.SCHEMA_VERSION, view.municipality.name(),
                        view.department, published(view), view.sheetId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO sheet_view (sheet_id, municipality_code, municipality_name, first_fiscal_year,
                                                    last_fiscal_year, department, outcome_number, version,
                                                    last_changed_at, document, schema_version, published)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(view.sheetId, view.municipality.code(), view.municipality.name(),
                            view.period.firstFiscalYear(), view.period.lastFiscalYear(), view.department,
                            view.outcomeTarget.number(), view.version, changed, document, StoredViews.SCHEMA_VERSION,
                            published(view))
                    .update();
        }
        updates.written(view.sheetId);
    }

    private static boolean published(SheetView view) {
        return view.fiscalYears.stream().anyMatch(year -> !year.publications.isEmpty());
    }

    /** The municipalities with at least one published sheet, by code: what the public pages start from. */
    public List<SheetView.Municipality> municipalitiesWithPublications() {
        return jdbc.sql("SELECT municipality_code, MAX(municipality_name) FROM sheet_view WHERE published = TRUE"
                        + " GROUP BY municipality_code ORDER BY municipality_code")
                .query((rs, row) -> new SheetView.Municipality(rs.getString(1), rs.getString(2))).list();
    }

    /** The municipality's sheets with at least one published fiscal year, in the order the lists use. */
    public List<SheetView> publishedSheetsOf(String municipalityCode) {
        return jdbc.sql(STORED + " WHERE published = TRUE AND municipality_code = ?"
                        + " ORDER BY first_fiscal_year, outcome_number, sheet_id")
                .param(municipalityCode).query(SheetViewRepository::stored).list().stream().map(this::read).toList();
    }

    /**
     * The published sheets that changed last, {@code limit} of them (of one municipality, or of all when
     * {@code municipalityCode} is null): a sheet's latest publication is never later than its last change, so the
     * newest publications are among these. What the feeds read.
     */
    public List<SheetView> lastChangedPublishedSheets(String municipalityCode, int limit) {
        SqlFilter where = new SqlFilter().and("published = ?", Boolean.TRUE).and("municipality_code = ?", municipalityCode);
        return jdbc.sql(STORED + where.where() + " ORDER BY last_changed_at DESC, sheet_id LIMIT ?")
                .params(where.params(limit)).query(SheetViewRepository::stored).list().stream().map(this::read).toList();
    }

    public List<SheetView> list(SheetFilter filter) {
        SqlFilter where = new SqlFilter()
                .and("municipality_code = ?", filter.municipalityCode())
                .and("first_fiscal_year = ?", filter.firstFiscalYear())
                .and("last_fiscal_year = ?", filter.lastFiscalYear())
                .and("department = ?", filter.department())
                .and("municipality_name LIKE ? ESCAPE '\\'", SqlFilter.containing(filter.municipalityNamePart()))
                .and("department LIKE ? ESCAPE '\\'", SqlFilter.containing(filter.departmentPart()));
        return jdbc.sql(STORED + where.where()
                        + " ORDER BY municipality_code, first_fiscal_year, outcome_number, sheet_id LIMIT ? OFFSET ?")
                .params(where.params(filter.size(), (long) filter.page() * filter.size()))
                .query(SheetViewRepository::stored).list().stream().map(this::read).toList();
    }

    public void deleteAll() {
        jdbc.sql("DELETE FROM sheet_view").update();
    }

    /**
     * Which sheets to list: any of the filters may be absent. The API filters by code and by the exact department;
     * the pages also by part of a municipality's name or of a department's.
     */
    public record SheetFilter(String municipalityCode, Integer firstFiscalYear, Integer lastFiscalYear,
                              String department, String municipalityNamePart, String departmentPart, int page, int size) {

        public SheetFilter(String municipalityCode, Integer firstFiscalYear, Integer lastFiscalYear, String department,
                           int page, int size) {
            this(municipalityCode, firstFiscalYear, lastFiscalYear, department, null, null, page, size);
        }
    }
}
