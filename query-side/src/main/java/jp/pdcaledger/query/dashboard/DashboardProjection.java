package jp.pdcaledger.query.dashboard;

import jp.pdcaledger.kernel.event.SheetEvent;
import jp.pdcaledger.query.projection.BatchedViews;
import jp.pdcaledger.query.sheetview.SheetFold;
import jp.pdcaledger.query.sheetview.SheetView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard. It folds each sheet itself (the same {@link SheetFold}) rather than reading the sheets
 * projection, so it can be rebuilt, scaled and lag on its own; the target in force is what achievement is
 * measured against.
 */
@Component
@ProcessingGroup(DashboardProjection.NAME)
public class DashboardProjection {

    /** Views kept in memory between batches: the sheets being worked on, not the country. */
    private static final long REMEMBERED_VIEWS = 2_000;

    public static final String NAME = "dashboard";

    private final DashboardRepository dashboard;
    private final BatchedViews<SheetView> batch;

    public DashboardProjection(DashboardRepository dashboard) {
        this.dashboard = dashboard;
        this.batch = new BatchedViews<>(NAME, dashboard::sheet, dashboard::save, view -> view.version, REMEMBERED_VIEWS);
    }

    @EventHandler
    void on(SheetEvent event, DomainEventMessage<?> message) {
        String sheetId = event.sheetId().value();
        SheetView view = batch.find(sheetId, message.getSequenceNumber()).orElseGet(SheetView::new);
        try {
            if (SheetFold.apply(view, message)) {
                batch.changed(sheetId, view);
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
