package jp.pdcaledger.query.sheetview;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
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
    private final Cache<String, Written> lastWritten;

    /**
     * {@code pdca.projections.shared-documents-chars}: how much of the documents last written is kept for the other
     * projections (in characters; the sheets being written, not the country; 0 keeps none).
     */
    public StoredViews(JsonMapper json, SheetHistory history,
                       @Value("${pdca.projections.shared-documents-chars:8000000}") long sharedDocumentsChars) {
        this.json = json;
        this.history = history;
        this.lastWritten = Caffeine.newBuilder().maximumWeight(sharedDocumentsChars)
                .<String, Written>weigher((sheetId, written) -> written.document().length()).build();
    }

    /**
     * The view's document. Three projections (sheets, dashboard, roll-up) each fold every sheet with the one
     * {@link SheetFold} and store the same document at the same version, a few milliseconds apart; the fold is
     * deterministic, so the view of a sheet at a version is the same in each, and so is its document. The last document
     * written of each recent sheet is kept with its version, and a projection saving the sheet at that version takes it
     * instead of serialising the view again (in the profile of the writes the three serialisations were 16 % of the
     * app's CPU). A view whose fold stopped part-way ({@link SheetView#torn}) neither gives nor takes one.
     */
    public String document(SheetView view) {
        if (view.torn) {
            return json.writeValueAsString(view);
        }
        Written last = lastWritten.getIfPresent(view.sheetId);
        if (last != null && last.version() == view.version) {
            return last.document();
        }
        String document = json.writeValueAsString(view);
        lastWritten.put(view.sheetId, new Written(view.version, document));
        return document;
    }

    /** The document last written of a sheet, and the version it is the view at. */
    private record Written(long version, String document) {
    }

    public SheetView read(String sheetId, int schemaVersion, long version, String document) {
        return schemaVersion == SCHEMA_VERSION ? json.readValue(document, SheetView.class)
                : history.atVersion(sheetId, version);
    }
}
