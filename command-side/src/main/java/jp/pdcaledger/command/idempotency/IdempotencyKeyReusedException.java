package jp.pdcaledger.command.idempotency;

/** An Idempotency-Key came back with a request other than the one it first went with (HTTP 422). */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key「" + key + "」は別の内容のリクエストで使われています。新しいキーで送ってください");
    }
}
