package jp.pdcaledger.query.sheetview;

import jp.pdcaledger.kernel.event.SheetEvent;
import jp.pdcaledger.kernel.event.SheetRegistered;
import jp.pdcaledger.query.projection.BatchedViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code sheet_view}: each sheet's events folded by {@link SheetFold} into its current view. */
@Component
@ProcessingGroup(SheetViewProjection.NAME)
public class SheetViewProjection {

    public static final String NAME = "sheets";

    private final SheetViewRepository views;
    private final BatchedViews<SheetView> batch;

    public SheetViewProjection(SheetViewRepository views) {
        this.views = views;
        this.batch = new BatchedViews<>(NAME, views::find, views::save);
    }

    @EventHandler
    void on(SheetEvent event, DomainEventMessage<?> message) {
        String sheetId = event.sheetId().value();
        SheetView view = event instanceof SheetRegistered
                ? batch.find(sheetId).orElseGet(SheetView::new)
                : batch.find(sheetId).orElseThrow(() -> new IllegalStateException(
                        "event " + message.getIdentifier() + " of sheet " + sheetId + " before its registration"));
        if (SheetFold.apply(view, message)) {
            batch.changed(sheetId, view);
        }
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
