package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.OnPostgres;
import jp.pdcaledger.command.idempotency.IdempotencyRetention;
import org.springframework.beans.factory.annotation.Autowired;

class IdempotencyRetentionOnPostgresTest extends OnPostgres implements IdempotencyRetentionContract {

    @Autowired
    private IdempotencyRetention retention;

    @Override
    public IdempotencyRetention idempotencyRetention() {
        return retention;
    }
}
