package jp.pdcaledger.command.writes;

import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.sheet.SheetAlreadyRegisteredException;
import jp.pdcaledger.command.sheet.StepNotAllowedException;
import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.workbook.InvalidWorkbookException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

import java.util.Optional;

/**
 * The refusals the domain throws (the aggregate's rules, a value that is no domain value, a workbook's cells, Axon's
 * unknown sheet and version conflict), each as the {@link Refusal} it is. The one translation from exceptions, for
 * {@link SheetWrites} and for what an entry point refuses before it writes (a path segment, a header).
 */
public final class Refusals {

    private Refusals() {
    }

    /** The refusal {@code thrown} is; empty for a failure that is no refusal (a fault, to be raised as it is). */
    public static Optional<Refusal> of(RuntimeException thrown) {
        Refusal refusal = null;
        if (thrown instanceof WriteRefused refused) {
            refusal = refused.refusal();
        } else if (thrown instanceof InvalidCommandException invalid) {
            refusal = new Refusal.Invalid(invalid.field(), invalid.getMessage(), invalid.predicate());
        } else if (thrown instanceof InvalidValueException invalid) {
            refusal = Refusal.Invalid.of(null, invalid.getMessage());
        } else if (thrown instanceof InvalidWorkbookException invalid) {
            refusal = new Refusal.InvalidWorkbook(invalid.errors(), invalid.getMessage());
        } else if (thrown instanceof StepNotAllowedException outOfOrder) {
            refusal = new Refusal.StepNotAllowed(outOfOrder.missingStep(), outOfOrder.getMessage());
        } else if (thrown instanceof SheetAlreadyRegisteredException exists) {
            refusal = new Refusal.AlreadyRegistered(exists.existingSheet(), exists.getMessage());
        } else if (thrown instanceof AggregateNotFoundException unknown) {
            refusal = new Refusal.NotFound(String.valueOf(unknown.getAggregateIdentifier()));
        } else if (thrown instanceof ConflictingAggregateVersionException stale) {
            refusal = new Refusal.Conflict(stale.getExpectedVersion(), stale.getActualVersion());
        } else if (thrown instanceof ConcurrencyException) {
            refusal = new Refusal.Conflict(null, null);
        }
        return Optional.ofNullable(refusal);
    }
}
