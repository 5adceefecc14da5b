package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** Registers a sheet once the registry confirms none exists for the same municipality, period and outcome target. */
public class SheetRegistrar {

    private final Repository<ManagementSheet> sheets;
    private final SheetRegistry registry;

    public SheetRegistrar(Repository<ManagementSheet> sheets, SheetRegistry registry) {
        this.sheets = sheets;
        this.registry = registry;
    }

    @CommandHandler
    public SheetId handle(RegisterSheet command) throws Exception {
        Require.present("sheetId", command.sheetId());
        Require.present("municipality", command.municipality());
        Require.present("period", command.period());
        Require.present("outcomeTarget", command.outcomeTarget());
        registry.find(command).ifPresent(existing -> {
            throw new SheetAlreadyRegisteredException(existing);
        });
        sheets.newInstance(() -> new ManagementSheet(command));
        registry.add(command);
        return command.sheetId();
    }
}
