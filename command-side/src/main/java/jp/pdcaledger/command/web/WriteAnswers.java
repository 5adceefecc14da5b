package jp.pdcaledger.command.web;

import jp.pdcaledger.command.writes.Outcome;
import jp.pdcaledger.command.writes.Written;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * A write's outcome as the API answers it: {@code {"sheetId", "version"}} with the version as the ETag, 201 with the
 * sheet's URL for a new sheet, {@code Idempotent-Replayed} on a retry's answer; a refusal is thrown for
 * {@link CommandProblems} to answer.
 */
final class WriteAnswers {

    private WriteAnswers() {
    }

    static ResponseEntity<WriteResult> of(Outcome<Written> outcome) {
        Written written = outcome.orElseThrow();
        ResponseEntity.BodyBuilder answer = written.created()
                ? ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/sheets/" + written.sheetId()))
                : ResponseEntity.ok();
        if (written.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.eTag("\"" + written.version() + "\"").body(new WriteResult(written.sheetId(), written.version()));
    }
}
