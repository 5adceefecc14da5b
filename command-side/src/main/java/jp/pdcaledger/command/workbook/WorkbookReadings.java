package jp.pdcaledger.command.workbook;

import jp.pdcaledger.kernel.ProblemTypes;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Uploaded and imported workbooks read a few at a time: reading one holds its bytes and its grids (tens of MB at
 * the limits), so a burst of them must take turns rather than pile up on the heap. At most
 * {@code pdca.workbook.max-concurrent-reads} (default 2) are read at once; a request that gets no turn within
 * {@code pdca.workbook.read-wait} (default 2 s) is answered 503 with Retry-After, having stored nothing. A raw body
 * is spooled to a temporary file before it waits (as the servlet container does with a form's file), so that
 * waiting holds no heap and a slow sender holds no one's turn.
 */
@Component
public class WorkbookReadings {

    static final String RETRY_AFTER_SECONDS = "2";

    private final Semaphore turns;
    private final Duration wait;

    public WorkbookReadings(@Value("${pdca.workbook.max-concurrent-reads:2}") int maxConcurrentReads,
                            @Value("${pdca.workbook.read-wait:2s}") Duration wait) {
        this.turns = new Semaphore(Math.max(1, maxConcurrentReads), true);
        this.wait = wait;
    }

    /** A workbook read, with the SHA-256 of its bytes (what an Idempotency-Key's request is recognised by). */
    public record Workbook(SheetWorkbook.Read read, String sha256) {
    }

    /** Where the bytes are, to be opened only once a turn has come. */
    public interface Body {
        InputStream open() throws IOException;
    }

    /** A raw request body: spooled to a temporary file (no more than the largest workbook taken), then read in turn. */
    public Workbook readRaw(InputStream body) throws IOException {
        Path spooled = UploadedWorkbook.spooled(body);
        try {
            return read(() -> Files.newInputStream(spooled));
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /** A body already spooled (a form's file): read in turn. */
    public Workbook read(Body body) throws IOException {
        boolean turn;
        try {
            turn = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw busy();
        }
        try (InputStream in = body.open()) {
            byte[] bytes = UploadedWorkbook.bytes(in);
            return new Workbook(SheetWorkbook.read(bytes), sha256(bytes));
        } finally {
            turns.release();
        }
    }

    private ErrorResponseException busy() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "ほかのブックを読み込んでいるため受け付けられませんでした。何も保存されていません。しばらくしてから再送してください");
        problem.setType(ProblemTypes.WORKBOOK_READERS_BUSY);
        problem.setTitle("ブックの読み込みが混み合っています");
        ErrorResponseException busy = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        busy.getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
        return busy;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
