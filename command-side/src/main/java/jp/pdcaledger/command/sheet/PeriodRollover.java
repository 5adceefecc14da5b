package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.LinkPredecessor;
import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.command.StartNextPeriod;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.Repository;

/**
 * The one write that touches two sheets: the ending period's sheet records its successor, and the successor is
 * registered, derived from it, in the same unit of work (both or neither). As for any registration, the registry
 * first confirms that no sheet exists for the successor's municipality, period and outcome target.
 */
public class PeriodRollover {

    private final Repository<ManagementSheet> sheets;
    private final SheetRegistry registry;

    public PeriodRollover(Repository<ManagementSheet> sheets, SheetRegistry registry) {
        this.sheets = sheets;
        this.registry = registry;
    }

    /** Answers the ending sheet's version after the rollover; the successor's is always 1 (registered, derived). */
    @CommandHandler
    public long handle(StartNextPeriod command) throws Exception {
        Require.present("sheetId", command.sheetId());
        Aggregate<ManagementSheet> ending = sheets.load(command.sheetId().value());
        if (command.expectedVersion() != null && !command.expectedVersion().equals(ending.version())) {
            throw new ConflictingAggregateVersionException(command.sheetId().value(), command.expectedVersion(),
                    ending.version());
        }
        RegisterSheet successor = ending.invoke(sheet -> sheet.startNextPeriod(command));
        registry.find(successor).ifPresent(existing -> {
            throw new SheetAlreadyRegisteredException(existing);
        });
        PlanPeriod predecessorPeriod = ending.invoke(ManagementSheet::period);
        sheets.newInstance(() -> new ManagementSheet(successor, command.sheetId(), predecessorPeriod));
        registry.add(successor);
        return ending.version();
    }

    /** Links an imported sheet to the one it follows; answers the imported sheet's version. */
    @CommandHandler
    public long handle(LinkPredecessor command) throws Exception {
        Aggregate<ManagementSheet> sheet = sheets.load(command.sheetId().value());
        Aggregate<ManagementSheet> predecessor = sheets.load(Require.present("predecessor", command.predecessor()).value());
        PlanPeriod period = sheet.invoke(ManagementSheet::period);
        PlanPeriod predecessorPeriod = predecessor.invoke(ManagementSheet::period);
        predecessor.execute(ending -> ending.recordSuccessor(command.sheetId(), period));
        sheet.execute(derived -> derived.derivedFrom(command.predecessor(), predecessorPeriod));
        return sheet.version();
    }
}
