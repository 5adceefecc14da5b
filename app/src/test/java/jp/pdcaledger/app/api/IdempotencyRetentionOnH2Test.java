package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.command.idempotency.IdempotencyRetention;
import org.springframework.beans.factory.annotation.Autowired;

class IdempotencyRetentionOnH2Test extends OnH2 implements IdempotencyRetentionContract {

    @Autowired
    private IdempotencyRetention retention;

    @Override
    public IdempotencyRetention idempotencyRetention() {
        return retention;
    }
}
