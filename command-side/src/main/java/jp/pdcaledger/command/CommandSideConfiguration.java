package jp.pdcaledger.command;

import jp.pdcaledger.command.sheet.ManagementSheet;
import jp.pdcaledger.command.sheet.SheetCommandTargetResolver;
import jp.pdcaledger.command.sheet.PeriodRollover;
import jp.pdcaledger.command.sheet.SheetRegistrar;
import jp.pdcaledger.command.sheet.SheetRegistry;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.lock.LockFactory;
import jp.pdcaledger.command.dispatch.BoundedSheetCache;
import jp.pdcaledger.command.dispatch.TransactionBoundLockFactory;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The write side as a unit the app switches on or off ({@code pdca.side.command.enabled}, on by default): the
 * aggregate, its registrar, the command API and the import. A query-only node leaves it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pdca.side.command.enabled", havingValue = "true", matchIfMissing = true)
@ComponentScan
public class CommandSideConfiguration {

    /**
     * Sheets stay in memory between commands instead of being read back from the event store each time. Another
     * command node's write is caught by the event table's unique key (409, and the entry is dropped); a wider
     * transaction that rolls back after the sheet's own unit of work committed is handled by
     * {@link jp.pdcaledger.command.dispatch.AggregateCacheGuard}, and no other command on this node sees the sheet
     * before that transaction ends ({@link TransactionBoundLockFactory}). Bounded by count
     * ({@code pdca.command.cached-sheets}, default 5,000 sheets: more than a large prefecture's; the heap it takes
     * under the benchmark's load is in BENCHMARKS.md).
     */
    @Bean
    public Cache sheetCache(@Value("${pdca.command.cached-sheets:5000}") long cachedSheets) {
        return new BoundedSheetCache(cachedSheets);
    }

    @Bean
    public SheetCommandTargetResolver sheetCommandTargetResolver() {
        return new SheetCommandTargetResolver();
    }

    @Bean
    public LockFactory sheetLockFactory() {
        return new TransactionBoundLockFactory();
    }

    @Bean
    public PeriodRollover periodRollover(Repository<ManagementSheet> managementSheetRepository, SheetRegistry registry) {
        return new PeriodRollover(managementSheetRepository, registry);
    }

    @Bean
    public SheetRegistrar sheetRegistrar(Repository<ManagementSheet> managementSheetRepository, SheetRegistry registry) {
        return new SheetRegistrar(managementSheetRepository, registry);
    }
}
