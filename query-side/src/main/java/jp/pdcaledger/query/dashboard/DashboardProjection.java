package jp.pdcaledger.query.dashboard;

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
 * Keeps the dashboard. It folds each sheet itself (the same {@link SheetFold}) rather than reading the sheets
 * projection, so it can be rebuilt, scaled and lag on its own; the target in force is what achievement is
 * measured against.
 */
@Component
@ProcessingGroup(DashboardProjection.NAME)
public class DashboardProjection {

    public static final String NAME = "dashboard";

    private final DashboardRepository dashboard;
    private final BatchedViews<DashboardSheet> batch;

    /**
     * {@code pdca.projections.remembered-views}: how many views stay in memory between batches (the sheets being
     * worked on, not the country; 0 reads every view from its table, as after a restart).
     */
    public DashboardProjection(DashboardRepository dashboard,
                            @Value("${pdca.projections.remembered-views:2000}") long rememberedViews) {
        this.dashboard = dashboard;
        this.batch = new BatchedViews<>(NAME, dashboard::sheet, dashboard::save, sheet -> sheet.view().version,
                rememberedViews);
    }

    @EventHandler
    void on(SheetEvent event, DomainEventMessage<?> message) {
        String sheetId = event.sheetId().value();
        DashboardSheet sheet = batch.find(sheetId, message.getSequenceNumber())
                .orElseGet(() -> new DashboardSheet(new SheetView()));
        try {
            if (SheetFold.apply(sheet.view(), message)) {
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
        dashboard.deleteAll();
    }
}
