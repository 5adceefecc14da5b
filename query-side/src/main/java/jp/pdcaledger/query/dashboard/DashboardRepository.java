package jp.pdcaledger.query.dashboard;

import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.StoredViews;
import jp.pdcaledger.query.projection.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Iterator;
import java.util.HashMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The dashboard's tables: its own fold of each sheet, a row per target, the furthest step per sheet and year. */
@Repository
public class DashboardRepository {

    private static final int SHEETS_PER_READ = 200;

    private static final String STORED = "SELECT sheet_id, schema_version, version, document FROM dashboard_sheet";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StoredViews stored;

    public DashboardRepository(JdbcClient jdbc, JsonMapper json, StoredViews stored) {
        this.jdbc = jdbc;
        this.json = json;
        this.stored = stored;
    }

    /** The dashboard's fold of a sheet as stored, its rows not read yet (they are read when it is saved). */
    public Optional<DashboardSheet> sheet(String sheetId) {
        return jdbc.sql(STORED + " WHERE sheet_id = ?").param(sheetId).query(this::read).optional()
                .map(DashboardSheet::new);
    }

    /** The stored row read back as the view, in whatever schema it was written ({@link StoredViews}). */
    private SheetView read(ResultSet rs, int row) throws SQLException {
        return stored.read(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4));
    }

    /**
     * Stores the sheet's fold and what is derived from it. Only the rows that changed are written: an event changes
     * one fiscal year's step or one target's achievement, and rewriting every row of the sheet left dead rows behind
     * that slowed the national counts until a vacuum.
     */
    public void save(DashboardSheet sheet) {
        SheetView view = sheet.view;
        String document = stored.document(view);
        if (jdbc.sql("UPDATE dashboard_sheet SET version = ?, document = ?, schema_version = ? WHERE sheet_id = ?")
                .params(view.version, document, StoredViews.SCHEMA_VERSION, view.sheetId).update() == 0) {
            jdbc.sql("INSERT INTO dashboard_sheet (sheet_id, version, document, schema_version) VALUES (?, ?, ?, ?)")
                    .params(view.sheetId, view.version, document, StoredViews.SCHEMA_VERSION).update();
        }
        Map<String, DashboardRow> rowValues = new HashMap<>();
        sheet.targetRows = saveTargets(view, sheet.targetRows != null ? new HashMap<>(sheet.targetRows) : storedTargets(view),
                sheet.targetRows != null ? sheet.targetRowValues : Map.of(), rowValues);
        sheet.targetRowValues = rowValues;
        sheet.yearSteps = saveYearSteps(view, sheet.yearSteps != null ? new HashMap<>(sheet.yearSteps) : storedYearSteps(view));
    }

    private Map<String, String> storedTargets(SheetView view) {
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("SELECT target_key, row_document FROM dashboard_target WHERE sheet_id = ?").param(view.sheetId)
                .query((rs, row) -> stored.put(rs.getString(1), rs.getString(2))).list();
        return stored;
    }

    /**
     * Writes the target rows that differ from {@code stored} (consumed), of which {@code storedValues} are the rows as
     * computed when they were written, where known; answers the rows' documents as they are now, and puts the rows
     * into {@code nowValues}. Most events change no target's row (an activity's actual, an opinion), so a row equal to
     * the one written before is neither serialised nor written.
     */
    private Map<String, String> saveTargets(SheetView view, Map<String, String> stored,
                                            Map<String, DashboardRow> storedValues, Map<String, DashboardRow> nowValues) {
        Map<String, String> now = new HashMap<>();
        for (SheetView.Target target : view.targets) {
            DashboardRow row = DashboardRow.of(view, target);
            nowValues.put(target.key, row);
            String before = stored.remove(target.key);
            if (before != null && row.equals(storedValues.get(target.key))) {
                now.put(target.key, before);
                continue;
            }
            String rowDocument = json.writeValueAsString(row);
            now.put(target.key, rowDocument);
            if (before == null) {
                jdbc.sql("""
                                INSERT INTO dashboard_target (sheet_id, target_key, municipality_code, first_fiscal_year,
                                                              last_fiscal_year, status, row_document)
                                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(view.sheetId, target.key, view.municipality.code(), view.period.firstFiscalYear(),
                                view.period.lastFiscalYear(), row.achievement().status().name(), rowDocument)
                        .update();
            } else if (!before.equals(rowDocument)) {
                jdbc.sql("UPDATE dashboard_target SET status = ?, row_document = ? WHERE sheet_id = ? AND target_key = ?")
                        .params(row.achievement().status().name(), rowDocument, view.sheetId, target.key).update();
            }
        }
        for (String gone : stored.keySet()) {
            jdbc.sql("DELETE FROM dashboard_target WHERE sheet_id = ? AND target_key = ?").params(view.sheetId, gone)
                    .update();
        }
        return now;
    }

    private Map<Integer, YearStep> storedYearSteps(SheetView view) {
        Map<Integer, YearStep> stored = new HashMap<>();
        jdbc.sql("SELECT fiscal_year, step, open_opinions, grade FROM dashboard_year_step WHERE sheet_id = ?")
                .param(view.sheetId).query((rs, row) -> stored.put(rs.getInt(1),
                        new YearStep(rs.getString(2), rs.getInt(3), rs.getString(4)))).list();
        return stored;
    }

    /** Writes the year steps that differ from {@code stored} (consumed); answers the steps as they are now. */
    private Map<Integer, YearStep> saveYearSteps(SheetView view, Map<Integer, YearStep> stored) {
        Map<Integer, YearStep> now = new HashMap<>();
        for (SheetView.FiscalYearReview year : view.fiscalYears) {
            YearStep step = new YearStep(year.status.name(), OpenOpinions.of(year), year.grade);
            now.put(year.fiscalYear, step);
            YearStep before = stored.remove(year.fiscalYear);
            if (before == null) {
                jdbc.sql("""
                                INSERT INTO dashboard_year_step (sheet_id, fiscal_year, municipality_code, first_fiscal_year,
                                                                 last_fiscal_year, step, open_opinions, grade)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(view.sheetId, year.fiscalYear, view.municipality.code(), view.period.firstFiscalYear(),
                                view.period.lastFiscalYear(), step.step(), step.openOpinions(), step.grade())
                        .update();
            } else if (!before.equals(step)) {
                jdbc.sql("UPDATE dashboard_year_step SET step = ?, open_opinions = ?, grade = ?"
                                + " WHERE sheet_id = ? AND fiscal_year = ?")
                        .params(step.step(), step.openOpinions(), step.grade(), view.sheetId, year.fiscalYear).update();
            }
        }
        for (Integer gone : stored.keySet()) {
            jdbc.sql("DELETE FROM dashboard_year_step WHERE sheet_id = ? AND fiscal_year = ?").params(view.sheetId, gone)
                    .update();
        }
        return now;
    }

    /** A fiscal year's row as stored: the furthest step reached, the opinions still open, the evaluation's grade. */
    record YearStep(String step, int openOpinions, String grade) {
    }

    public List<DashboardRow> rows(Scope scope, int page, int size) {
        SqlFilter filter = scope.filter();
        return jdbc.sql("SELECT row_document FROM dashboard_target" + filter.where()
                        + " ORDER BY municipality_code, first_fiscal_year, sheet_id, target_key LIMIT ? OFFSET ?")
                .params(filter.params(size, (long) page * size)).query(String.class).list().stream()
                .map(document -> json.readValue(document, DashboardRow.class)).toList();
    }

    /** The fiscal years of the sheets in scope that have targets, in order: the collection's columns. */
    public List<Integer> fiscalYears(Scope scope) {
        SqlFilter filter = scope.filter();
        return jdbc.sql("SELECT DISTINCT fiscal_year FROM dashboard_year_step WHERE sheet_id IN "
                        + "(SELECT sheet_id FROM dashboard_target" + filter.where() + ") ORDER BY fiscal_year")
                .params(filter.params()).query(Integer.class).list();
    }

    /**
     * The sheets in scope that have targets, as the dashboard folded them, in the order of {@link #rows}, read {@value #SHEETS_PER_READ} at a
     * time as they are iterated: a national collection's documents do not fit in memory at once.
     */
    public Iterable<SheetView> sheets(Scope scope) {
        SqlFilter filter = scope.filter();
        List<String> ids = jdbc.sql("SELECT sheet_id FROM dashboard_target" + filter.where()
                        + " GROUP BY municipality_code, first_fiscal_year, sheet_id"
                        + " ORDER BY municipality_code, first_fiscal_year, sheet_id")
                .params(filter.params()).query(String.class).list();
        return () -> new Iterator<>() {
            private int next;
            private Iterator<SheetView> page = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                return page.hasNext() || next < ids.size();
            }

            @Override
            public SheetView next() {
                if (!page.hasNext()) {
                    List<String> batch = ids.subList(next, Math.min(ids.size(), next + SHEETS_PER_READ));
                    next += batch.size();
                    page = documents(batch).iterator();
                }
                return page.next();
            }
        };
    }

    /** The stored documents of these sheets, in the order given. */
    private List<SheetView> documents(List<String> sheetIds) {
        Map<String, SheetView> byId = new HashMap<>();
        jdbc.sql(STORED + " WHERE sheet_id IN (:ids)").param("ids", sheetIds).query(this::read).list()
                .forEach(view -> byId.put(view.sheetId, view));
        return sheetIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** How many targets in scope have each achievement status. */
    public Map<String, Long> statusCounts(Scope scope) {
        SqlFilter filter = scope.filter();
        Map<String, Long> counts = zeroCounts();
        jdbc.sql("SELECT status, COUNT(*) FROM dashboard_target" + filter.where() + " GROUP BY status")
                .params(filter.params()).query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** How many council opinions of the sheets in scope are still open ({@link OpenOpinions}). */
    public long openOpinions(Scope scope) {
        SqlFilter filter = scope.filter();
        return jdbc.sql("SELECT COALESCE(SUM(open_opinions), 0) FROM dashboard_year_step" + filter.where())
                .params(filter.params()).query(Long.class).single();
    }

    /** Per fiscal year, step and grade (null: none) how many sheets in scope are there. */
    public List<StepCount> steps(Scope scope) {
        SqlFilter filter = scope.filter();
        return jdbc.sql("SELECT fiscal_year, step, grade, COUNT(*) FROM dashboard_year_step" + filter.where()
                        + " GROUP BY fiscal_year, step, grade ORDER BY fiscal_year")
                .params(filter.params()).query((rs, row) -> new StepCount(rs.getInt(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4))).list();
    }

    /**
     * The sum over the sheets in scope of (version + 1): every projected event raises it, and so does a new sheet.
     * The sheets in scope are found through their fiscal years, which every sheet has (not every sheet has targets).
     */
    public long version(Scope scope) {
        SqlFilter filter = scope.filter();
        return jdbc.sql("SELECT COALESCE(SUM(version + 1), 0) FROM dashboard_sheet WHERE sheet_id IN "
                        + "(SELECT sheet_id FROM dashboard_year_step" + filter.where() + ")")
                .params(filter.params()).query(Long.class).single();
    }

    /**
     * The sheets in scope and their targets per status, counted per prefecture or per municipality in the database:
     * a national dashboard shows 47 rows, not a bar per target of 13,928 sheets. Sheets are counted through their
     * fiscal years, which every sheet has (not every sheet has targets).
     */
    public List<GroupCount> groups(Scope scope, Grouping by) {
        String group = by.expression();
        Map<String, GroupCount> groups = new TreeMap<>();
        SqlFilter filter = scope.filter();
        jdbc.sql("SELECT " + group + ", COUNT(DISTINCT sheet_id), COALESCE(SUM(open_opinions), 0) FROM dashboard_year_step"
                        + filter.where() + " GROUP BY " + group)
                .params(filter.params()).query((rs, row) -> groups.put(rs.getString(1), new GroupCount(rs.getString(1),
                        rs.getLong(2), zeroCounts(), rs.getLong(3)))).list();
        jdbc.sql("SELECT " + group + ", status, COUNT(*) FROM dashboard_target" + filter.where()
                        + " GROUP BY " + group + ", status")
                .params(filter.params()).query((rs, row) -> groups.computeIfAbsent(rs.getString(1), code ->
                        new GroupCount(code, 0, zeroCounts(), 0)).targets().put(rs.getString(2), rs.getLong(3)))
                .list();
        return List.copyOf(groups.values());
    }

    /**
     * The names of the municipalities with these codes, as their sheets were registered. Read from the sheet list's
     * model: the dashboard's own tables keep names only inside their documents; a code it has not seen yet is absent.
     */
    public Map<String, String> municipalityNames(Scope scope) {
        SqlFilter filter = scope.filter();
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT municipality_code, MAX(municipality_name) FROM sheet_view" + filter.where()
                        + " GROUP BY municipality_code")
                .params(filter.params()).query((rs, row) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    private static Map<String, Long> zeroCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Achievement.Status status : Achievement.Status.values()) {
            counts.put(status.name(), 0L);
        }
        return counts;
    }

    public void deleteAll() {
        jdbc.sql("DELETE FROM dashboard_year_step").update();
        jdbc.sql("DELETE FROM dashboard_target").update();
        jdbc.sql("DELETE FROM dashboard_sheet").update();
    }

    /** {@code grade}: the code the sheets' evaluations of the year were graded, null for none. */
    public record StepCount(int fiscalYear, String step, String grade, long sheets) {
    }

    /** How the national figures are grouped: by the prefecture's two digits, or by the whole municipal code. */
    public enum Grouping {
        PREFECTURE("SUBSTRING(municipality_code, 1, 2)"), MUNICIPALITY("municipality_code");

        private final String expression;

        Grouping(String expression) {
            this.expression = expression;
        }

        String expression() {
            return expression;
        }
    }

    /**
     * {@code code}: the prefecture's two digits or the municipality's code; {@code targets}: per status;
     * {@code openOpinions}: council opinions not answered yet or answered 今後検討.
     */
    public record GroupCount(String code, long sheets, Map<String, Long> targets, long openOpinions) {

        public long targetCount() {
            return targets.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Which sheets a dashboard covers: one municipality, one prefecture (the first two digits of the code) or all;
     * one plan period or all.
     */
    public record Scope(String municipalityCode, String prefectureCode, Integer firstFiscalYear, Integer lastFiscalYear) {

        public Scope(String municipalityCode, Integer firstFiscalYear, Integer lastFiscalYear) {
            this(municipalityCode, null, firstFiscalYear, lastFiscalYear);
        }

        SqlFilter filter() {
            return new SqlFilter()
                    .and("municipality_code = ?", municipalityCode)
                    .and("municipality_code LIKE ?", prefectureCode == null ? null : prefectureCode + "%")
                    .and("first_fiscal_year = ?", firstFiscalYear)
                    .and("last_fiscal_year = ?", lastFiscalYear);
        }
    }
}
