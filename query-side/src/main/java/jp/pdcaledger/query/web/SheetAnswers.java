package jp.pdcaledger.query.web;

import jp.pdcaledger.query.sheetview.SheetView;
import org.springframework.http.ResponseEntity;

/** The answers that carry a sheet's view, whether read at once, as of an instant or after a wait. */
final class SheetAnswers {

    private SheetAnswers() {
    }

    /** The view as the API answers it, with the version it shows as its ETag. */
    static ResponseEntity<?> view(SheetView view) {
        return ResponseEntity.ok().eTag("\"" + view.version + "\"").body(SheetAnswer.of(view));
    }
}
