package jp.pdcaledger.query.sheetview;

import jp.pdcaledger.kernel.event.SheetEvent;
import jp.pdcaledger.kernel.event.SheetRegistered;
import jp.pdcaledger.query.projection.BatchedViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Keeps {@code sheet_view}: each sheet's events folded by {@link SheetFold} into its current view. */
@Component
@ProcessingGroup(SheetViewProjection.NAME)
public class SheetViewProjection {

    public static final String NAME = "sheets";

    private final SheetViewRepository views;
    private final BatchedViews<SheetView> batch;

    /**
     * {@code pdca.projections.remembered-views}: how many views stay in memory between batches (the sheets being
     * worked on, not the country; 0 reads every view from its table, as after a restart).
     */
    public SheetViewProjection(SheetViewRepository views,
                            @Value("${pdca.projections.remembered-views:2000}") long rememberedViews) {
        this.views = views;
        this.batch = new BatchedViews<>(NAME, views::find, views::save, view -> view.version, rememberedViews);
    }

    @EventHandler
    void on(SheetEvent event, DomainEventMessage<?> message) {
        String sheetId = event.sheetId().value();
        SheetView view = event instanceof SheetRegistered
                ? batch.find(sheetId, message.getSequenceNumber()).orElseGet(SheetView::new)
                : batch.find(sheetId, message.getSequenceNumber()).orElseThrow(() -> new IllegalStateException(
                        "event " + message.getIdentifier() + " of sheet " + sheetId + " before its registration"));
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
        views.deleteAll();
    }
}
