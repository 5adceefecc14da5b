package jp.pdcaledger.query.rollup;

import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.StoredViews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The roll-up's tables: its fold of each sheet, and each sheet's cells per measure and fiscal year. */
@Repository
public class RollupRepository {

    /** A municipality's sums over its sheets' cells of one measure and year. */
    private static final String MUNICIPALITIES = """
            SELECT municipality_code, MIN(municipality_name) AS municipality_name, MIN(prefecture_code) AS prefecture_code,
                   SUM(targets) AS targets, SUM(reported_targets) AS reported_targets, SUM(met_targets) AS met_targets,
                   SUM(target_sum) AS target_sum, SUM(actual_sum) AS actual_sum, SUM(baseline_sum) AS baseline_sum,
                   SUM(baseline_target_sum) AS baseline_target_sum, SUM(baseline_actual_sum) AS baseline_actual_sum,
                   SUM(baseline_reported_sum) AS baseline_reported_sum
            FROM rollup_cell WHERE measure = ? AND fiscal_year = ?""";

    private final JdbcClient jdbc;
    private final StoredViews stored;

    public RollupRepository(JdbcClient jdbc, StoredViews stored) {
        this.jdbc = jdbc;
        this.stored = stored;
    }

    Optional<RollupSheet> sheet(String sheetId) {
        return jdbc.sql("SELECT sheet_id, schema_version, version, document FROM rollup_sheet WHERE sheet_id = ?")
                .param(sheetId).query(this::read).optional().map(RollupSheet::new);
    }

    private SheetView read(ResultSet rs, int row) throws SQLException {
        return stored.read(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4));
    }

    /** Stores the fold, and the sheet's cells when they differ from those it last wrote. */
    void save(RollupSheet sheet) {
        SheetView view = sheet.view;
        String document = stored.document(view);
        if (jdbc.sql("UPDATE rollup_sheet SET version = ?, document = ?, schema_version = ? WHERE sheet_id = ?")
                .params(view.version, document, StoredViews.SCHEMA_VERSION, view.sheetId).update() == 0) {
            jdbc.sql("INSERT INTO rollup_sheet (sheet_id, version, document, schema_version) VALUES (?, ?, ?, ?)")
                    .params(view.sheetId, view.version, document, StoredViews.SCHEMA_VERSION).update();
        }
        List<RollupCell> cells = municipal(view) ? RollupCell.of(view) : List.of();
        // a target's measure is given when it is defined, so a sheet without one classified never had a cell
        boolean neverHadCells = cells.isEmpty() && (!municipal(view) || view.targets.stream().allMatch(t -> t.measure == null));
        if (cells.equals(sheet.cells) || (sheet.cells == null && neverHadCells)) {
            sheet.cells = cells;
            return;
        }
        jdbc.sql("DELETE FROM rollup_cell WHERE sheet_id = ?").param(view.sheetId).update();
        String prefecture = view.municipality.code().substring(0, 2);
        for (RollupCell cell : cells) {
            jdbc.sql("""
                            INSERT INTO rollup_cell (sheet_id, measure, fiscal_year, prefecture_code, municipality_code,
                                                     municipality_name, targets, reported_targets, met_targets, target_sum,
                                                     actual_sum, baseline_sum, baseline_target_sum, baseline_actual_sum,
                                                     baseline_reported_sum)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(view.sheetId, cell.measure().name(), cell.fiscalYear(), prefecture,
                            view.municipality.code(), view.municipality.name(), cell.targets(), cell.reportedTargets(),
                            cell.metTargets(), cell.targetSum(), cell.actualSum(), cell.baselineSum(),
                            cell.baselineTargetSum(), cell.baselineActualSum(), cell.baselineReportedSum())
                    .update();
        }
        sheet.cells = cells;
    }

    /**
     * A prefecture's own sheet (its code's 3rd to 5th digits are 000: 神奈川県 140007) is the prefecture's plan, not a
     * municipality's: summing it with its municipalities would count their people twice.
     */
    static boolean municipal(SheetView view) {
        return view.municipality != null && !view.municipality.code().startsWith("000", 2);
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM rollup_cell").update();
        jdbc.sql("DELETE FROM rollup_sheet").update();
    }

    /** Per prefecture that has a municipality with a classified target: its municipalities' sums, in code order. */
    public List<RollupSums> prefectures(GuidelineMeasure measure, int fiscalYear) {
        return jdbc.sql("""
                        SELECT prefecture_code, COUNT(*) AS municipalities,
                               SUM(CASE WHEN reported_targets = targets THEN 1 ELSE 0 END) AS reported,
                               SUM(CASE WHEN met_targets = targets THEN 1 ELSE 0 END) AS met,
                               SUM(target_sum), SUM(actual_sum), SUM(baseline_sum), SUM(baseline_target_sum),
                               SUM(baseline_actual_sum), SUM(baseline_reported_sum)
                        FROM (""" + MUNICIPALITIES + " GROUP BY municipality_code) m"
                        + " GROUP BY prefecture_code ORDER BY prefecture_code")
                .params(measure.name(), fiscalYear)
                .query((rs, row) -> sums(rs, rs.getString(1), null)).list();
    }

    /** Per municipality of the prefecture that has a classified target: its sums, in code order. */
    public List<RollupSums> municipalities(GuidelineMeasure measure, int fiscalYear, String prefecture) {
        return jdbc.sql("SELECT * FROM (" + MUNICIPALITIES + " AND prefecture_code = ? GROUP BY municipality_code) m"
                        + " ORDER BY municipality_code")
                .params(measure.name(), fiscalYear, prefecture)
                .query((rs, row) -> new RollupSums(rs.getString("municipality_code"), rs.getString("municipality_name"),
                        1, rs.getInt("reported_targets") == rs.getInt("targets") ? 1 : 0,
                        rs.getInt("met_targets") == rs.getInt("targets") ? 1 : 0, rs.getBigDecimal("target_sum"),
                        rs.getBigDecimal("actual_sum"), rs.getBigDecimal("baseline_sum"),
                        rs.getBigDecimal("baseline_target_sum"), rs.getBigDecimal("baseline_actual_sum"),
                        rs.getBigDecimal("baseline_reported_sum"))).list();
    }

    private static RollupSums sums(ResultSet rs, String code, String name) throws SQLException {
        return new RollupSums(code, name, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10));
    }

    /** The sums of one area (a municipality, a prefecture, the nation) as the tables hold them. */
    public record RollupSums(String code, String name, int municipalities, int reported, int met, BigDecimal targetSum,
                             BigDecimal actualSum, BigDecimal baselineSum, BigDecimal baselineTargetSum,
                             BigDecimal baselineActualSum, BigDecimal baselineReportedSum) {

        static RollupSums zero(String code, String name) {
            return new RollupSums(code, name, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        RollupSums plus(RollupSums other) {
            return new RollupSums(code, name, municipalities + other.municipalities, reported + other.reported,
                    met + other.met, targetSum.add(other.targetSum), actualSum.add(other.actualSum),
                    baselineSum.add(other.baselineSum), baselineTargetSum.add(other.baselineTargetSum),
                    baselineActualSum.add(other.baselineActualSum), baselineReportedSum.add(other.baselineReportedSum));
        }
    }
}
