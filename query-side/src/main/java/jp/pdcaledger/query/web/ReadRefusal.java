package jp.pdcaledger.query.web;

import org.springframework.http.HttpStatus;

/** A read that cannot be answered, with the status and problem type it is answered with. */
public class ReadRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String kind;
    private final String title;
    private final String field;

    private ReadRefusal(HttpStatus status, String kind, String title, String field, String detail) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.field = field;
    }

    public static ReadRefusal notFound(String sheetId) {
        return new ReadRefusal(HttpStatus.NOT_FOUND, "sheet-not-found", "シートが見つかりません", null,
                "シート " + sheetId + " はありません");
    }

    public static ReadRefusal invalid(String field, String detail) {
        return new ReadRefusal(HttpStatus.BAD_REQUEST, "invalid-input", "入力が正しくありません", field, field + ": " + detail);
    }

    public static ReadRefusal forbidden(String detail) {
        return new ReadRefusal(HttpStatus.FORBIDDEN, "forbidden", "権限がありません", null, detail);
    }

    public static ReadRefusal notCaughtUp(String sheetId, long wanted, long current) {
        return new ReadRefusal(HttpStatus.SERVICE_UNAVAILABLE, "view-not-caught-up", "表示がまだ追いついていません", null,
                "シート " + sheetId + " の表示は版 " + current + " で、求められた版 " + wanted + " にまだ達していません");
    }

    public HttpStatus status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
