package jp.pdcaledger.query.web;

import jp.pdcaledger.query.sheetview.SheetViewRepository.StoredView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** The answers that carry a sheet's view, whether read at once or after a wait. */
final class SheetAnswers {

    private SheetAnswers() {
    }

    /** The stored document is the view already written as JSON: answered as it is, without reading it back. */
    static ResponseEntity<byte[]> view(StoredView stored) {
        return ResponseEntity.ok().eTag("\"" + stored.version() + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(stored.document().getBytes(StandardCharsets.UTF_8));
    }
}
