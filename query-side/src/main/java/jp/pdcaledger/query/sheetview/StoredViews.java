package jp.pdcaledger.query.sheetview;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a sheet view is stored and read back, for every table that keeps one ({@code sheet_view},
 * {@code dashboard_sheet} and {@code rollup_sheet}): as a JSON document of {@link SheetView} beside the schema it was
 * written in.
 * <p>
 * Raise {@link #SCHEMA_VERSION} whenever {@link SheetView} or {@link SheetFold} changes what a stored document means
 * (a field renamed, dropped or computed differently). A row of any other schema is never read as a document: it is
 * the fold of the sheet's events up to the version the row shows ({@link SheetHistory#atVersion}), so the answer, a
 * page and the projection that folds the next event into it all see the view this code would have stored. The
 * projection writes it back in the current schema with that next event; to rewrite every row at once, reset the
 * projections (their replay stores every view anew).
 */
@Component
public class StoredViews {

    /** 1: the shape of {@link SheetView} when the schema was first recorded (issue 14). */
    public static final int SCHEMA_VERSION = 1;

    private final JsonMapper json;
    private final SheetHistory history;

    public StoredViews(JsonMapper json, SheetHistory history) {
        this.json = json;
        this.history = history;
    }

    public String document(SheetView view) {
        return json.writeValueAsString(view);
    }

    public SheetView read(String sheetId, int schemaVersion, long version, String document) {
        return schemaVersion == SCHEMA_VERSION ? json.readValue(document, SheetView.class)
                : history.atVersion(sheetId, version);
    }
}
