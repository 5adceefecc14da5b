package jp.pdcaledger.query.web;

import jp.pdcaledger.kernel.ProblemTypes;
import org.springframework.http.HttpStatus;

import java.net.URI;

/** A read that cannot be answered, with the status and problem type it is answered with. */
public class ReadRefusal extends RuntimeException {

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final String field;

    private ReadRefusal(HttpStatus status, URI type, String title, String field, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
    }

    public static ReadRefusal notFound(String sheetId) {
        return new ReadRefusal(HttpStatus.NOT_FOUND, ProblemTypes.SHEET_NOT_FOUND, "シートが見つかりません", null,
                "シート " + sheetId + " はありません");
    }

    /** What the transparency log does not hold (yet): a leaf, a tree size, a publication's receipt. */
    public static ReadRefusal notInLog(String detail) {
        return new ReadRefusal(HttpStatus.NOT_FOUND, ProblemTypes.NOT_IN_LOG, "透明性ログにありません", null, detail);
    }

    public static ReadRefusal invalid(String field, String detail) {
        return new ReadRefusal(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT, "入力が正しくありません", field, field + ": " + detail);
    }

    public static ReadRefusal forbidden(String detail) {
        return new ReadRefusal(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "権限がありません", null, detail);
    }

    /** The view has not taken the version asked for; {@code current} is null when it could not be read. */
    public static ReadRefusal notCaughtUp(String sheetId, long wanted, Long current) {
        return new ReadRefusal(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.VIEW_NOT_CAUGHT_UP, "表示がまだ追いついていません", null,
                current == null ? "シート " + sheetId + " の表示はまだ求められた版 " + wanted + " に達していません"
                        : "シート " + sheetId + " の表示は版 " + current + " で、求められた版 " + wanted + " にまだ達していません");
    }

    /** Every place for a reader waiting on a version is taken: refused at once rather than queued. */
    public static ReadRefusal tooManyWaiters(int places) {
        return new ReadRefusal(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.TOO_MANY_WAITERS, "版を待つ読み取りが多すぎます", "minVersion",
                "版を待てる読み取りは同時に " + places + " 件までです。少し待ってから minVersion を付けずに、または付けて読み直してください");
    }

    /** Work that runs one at a time is under way: answered at once, to be tried again later. */
    public static ReadRefusal busy(URI type, String title, String detail) {
        return new ReadRefusal(HttpStatus.SERVICE_UNAVAILABLE, type, title, null, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    /** The type's last part: {@code too-many-waiters}. */
    public String kind() {
        String urn = type.toString();
        return urn.substring(urn.lastIndexOf(':') + 1);
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
