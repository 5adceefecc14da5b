package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.SheetCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Routes a command to the sheet it names through the kernel's {@link SheetCommand}, in place of Axon's field
 * annotation, so that the published commands stay free of the framework. The expected version is checked by the
 * aggregate itself (a stale one is refused with the version it has), not here.
 */
public class SheetCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (command.getPayload() instanceof SheetCommand sheetCommand) {
            return new VersionedAggregateIdentifier(sheetCommand.sheetId(), null);
        }
        throw new IllegalArgumentException("not a command on a sheet: " + command.getPayloadType().getName());
    }
}
