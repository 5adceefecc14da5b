package jp.pdcaledger.command.workbook;

import jp.pdcaledger.kernel.ProblemTypes;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bytes of an uploaded workbook, read no further than the largest workbook taken (413 beyond it). */
public final class UploadedWorkbook {

    /** What is read and discarded past the limit, so that the client still gets its answer on the connection. */
    private static final long DRAINED = 16L * 1024 * 1024;

    private UploadedWorkbook() {
    }

    public static byte[] bytes(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(SheetWorkbook.MAX_BYTES + 1);
        if (bytes.length > SheetWorkbook.MAX_BYTES) {
            body.skip(DRAINED);
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw jp.pdcaledger.workbook.InvalidWorkbookException.of(
                    jp.pdcaledger.workbook.InvalidWorkbookException.FILE, "ブックが送られていません（本文が空です）");
        }
        return bytes;
    }

    /** The body copied to a temporary file, no more of it than the largest workbook taken (413 beyond it). */
    static Path spooled(InputStream body) throws IOException {
        Path file = Files.createTempFile("pdca-upload-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            body.transferTo(new LimitedOutput(out, SheetWorkbook.MAX_BYTES));
            return file;
        } catch (TooLarge tooLarge) {
            Files.deleteIfExists(file);
            body.skip(DRAINED);
            throw tooLarge();
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
    }

    private static ErrorResponseException tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "ファイル: ブックが大きすぎます（上限 " + SheetWorkbook.MAX_BYTES + " バイト）");
        problem.setType(ProblemTypes.TOO_LARGE);
        problem.setTitle("ブックが大きすぎます");
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }

    private static final class TooLarge extends IOException {
    }

    /** Passes bytes on until {@code limit}, and refuses the one after. */
    private static final class LimitedOutput extends java.io.FilterOutputStream {

        private long left;

        LimitedOutput(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > left) {
                throw new TooLarge();
            }
            left -= length;
            out.write(bytes, offset, length);
        }
    }
}
