package jp.pdcaledger.query.rollup;

import jp.pdcaledger.kernel.event.SheetEvent;
import jp.pdcaledger.query.projection.BatchedViews;
import jp.pdcaledger.query.sheetview.SheetFold;
import jp.pdcaledger.query.sheetview.SheetView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the roll-up (issue 18, item 3): each sheet folded by the one {@link SheetFold}, and per sheet, guideline
 * measure and fiscal year the {@link RollupCell} it adds to the sums. Its own processor and tables, so it can be
 * rebuilt and lag on its own; a roll-up then reads one measure's cells of one year, never the sheets.
 */
@Component
@ProcessingGroup(RollupProjection.NAME)
public class RollupProjection {

    public static final String NAME = "rollup";

    private final BatchedViews<RollupSheet> batch;
    private final RollupRepository rollup;

    public RollupProjection(RollupRepository rollup,
                            @Value("${pdca.projections.remembered-views:2000}") long rememberedViews) {
        this.rollup = rollup;
        this.batch = new BatchedViews<>(NAME, rollup::sheet, rollup::save, sheet -> sheet.view.version, rememberedViews);
    }

    @EventHandler
    void on(SheetEvent event, DomainEventMessage<?> message) {
        String sheetId = event.sheetId().value();
        RollupSheet sheet = batch.find(sheetId, message.getSequenceNumber())
                .orElseGet(() -> new RollupSheet(new SheetView()));
        try {
            if (SheetFold.apply(sheet.view, message)) {
                batch.changed(sheetId, sheet);
            }
        } catch (RuntimeException failed) {
            batch.failed(sheetId);
            throw failed;
        }
    }

    @ResetHandler
    void reset() {
        batch.forget();
        rollup.deleteAll();
    }
}
