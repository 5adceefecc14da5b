package jp.pdcaledger.command;

import jp.pdcaledger.command.sheet.ManagementSheet;
import jp.pdcaledger.command.sheet.SheetRegistrar;
import jp.pdcaledger.command.sheet.SheetRegistry;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the write model: the registrar that guards the one-sheet-per-outcome-target rule. */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    @Bean
    public SheetRegistrar sheetRegistrar(Repository<ManagementSheet> managementSheetRepository, SheetRegistry registry) {
        return new SheetRegistrar(managementSheetRepository, registry);
    }
}
