package jp.pdcaledger.command.workbook;

import jp.pdcaledger.workbook.SheetWorkbook;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/** The bytes of an uploaded workbook, read no further than the largest workbook taken (413 beyond it). */
public final class UploadedWorkbook {

    public static final URI TOO_LARGE = URI.create("urn:pdca-ledger:problem:too-large");
    /** What is read and discarded past the limit, so that the client still gets its answer on the connection. */
    private static final long DRAINED = 16L * 1024 * 1024;

    private UploadedWorkbook() {
    }

    public static byte[] bytes(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(SheetWorkbook.MAX_BYTES + 1);
        if (bytes.length > SheetWorkbook.MAX_BYTES) {
            body.skip(DRAINED);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "ファイル: ブックが大きすぎます（上限 " + SheetWorkbook.MAX_BYTES + " バイト）");
            problem.setType(TOO_LARGE);
            problem.setTitle("ブックが大きすぎます");
            throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
        }
        if (bytes.length == 0) {
            throw jp.pdcaledger.workbook.InvalidWorkbookException.of(
                    jp.pdcaledger.workbook.InvalidWorkbookException.FILE, "ブックが送られていません（本文が空です）");
        }
        return bytes;
    }
}
