package jp.pdcaledger.query.sheetview;

import jp.pdcaledger.kernel.event.SheetEvent;
import jp.pdcaledger.kernel.event.SheetRegistered;
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

    public SheetViewProjection(SheetViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(SheetEvent event, DomainEventMessage<?> message) {
        SheetView view = event instanceof SheetRegistered
                ? views.find(event.sheetId().value()).orElseGet(SheetView::new)
                : views.find(event.sheetId().value()).orElseThrow(() -> new IllegalStateException(
                        "event " + message.getIdentifier() + " of sheet " + event.sheetId() + " before its registration"));
        if (SheetFold.apply(view, message)) {
            views.save(view);
        }
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
