package jp.pdcaledger.command.writes;

/**
 * A refusal thrown: by a unit of work that knows its refusal already (a document's fields, a sheet out of scope),
 * and by {@link Outcome#orElseThrow()} for an entry point that answers refusals as exceptions (the API's problem
 * handler). Nothing was stored.
 */
public class WriteRefused extends RuntimeException {

    private final Refusal refusal;

    public WriteRefused(Refusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
