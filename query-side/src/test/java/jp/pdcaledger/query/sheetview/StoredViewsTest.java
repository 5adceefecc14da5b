package jp.pdcaledger.query.sheetview;

import jp.pdcaledger.query.ImportedSheet;
import jp.pdcaledger.query.SheetStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static jp.pdcaledger.query.ImportedSheet.JSON;
import static jp.pdcaledger.query.SheetEvents.SHEET;
import static jp.pdcaledger.query.SheetEvents.actual;
import static jp.pdcaledger.query.SheetEvents.registered;
import static jp.pdcaledger.query.SheetEvents.supportBases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The three projections that keep a sheet's fold (sheets, dashboard, roll-up) store the same document at the same
 * version: the one serialised first is shared with the others, never across versions and never from or to a view
 * whose fold stopped part-way.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredViewsTest {

    private final StoredViews stored = new StoredViews(JSON, null, 1_000_000);

    @Test
    void each_projection_stores_the_document_of_its_own_view_at_each_version() {
        SheetStream stream = SheetStream.of(registered(), supportBases(), actual(2018, "support-bases", "0"));
        SheetView sheets = SheetFold.of(stream.events().subList(0, 2));
        SheetView dashboard = SheetFold.of(stream.events().subList(0, 2));

        String first = stored.document(sheets);
        SheetFold.apply(sheets, stream.events().get(2));
        String next = stored.document(sheets);

        assertThat(stored.document(dashboard)).isEqualTo(first).isEqualTo(JSON.writeValueAsString(dashboard));
        assertThat(next).isNotEqualTo(first).isEqualTo(JSON.writeValueAsString(sheets));
        SheetFold.apply(dashboard, stream.events().get(2));
        assertThat(stored.document(dashboard)).isEqualTo(next);
    }

    @Test
    void a_view_whose_fold_stopped_part_way_is_stored_as_it_is_and_shares_nothing() {
        SheetStream stream = SheetStream.of(registered(), supportBases());
        SheetView sheets = SheetFold.of(stream.events());
        SheetView dashboard = SheetFold.of(stream.events());
        stored.document(sheets);

        assertThatThrownBy(() -> SheetFold.apply(dashboard, notASheetEvent(2))).isInstanceOf(ClassCastException.class);
        dashboard.department = "折り返しの途中で変わった部局";

        assertThat(dashboard.torn).isTrue();
        assertThat(dashboard.version).isEqualTo(sheets.version);
        assertThat(stored.document(dashboard)).isEqualTo(JSON.writeValueAsString(dashboard)).contains("折り返しの途中で変わった部局");
        assertThat(stored.document(SheetFold.of(stream.events()))).isEqualTo(JSON.writeValueAsString(sheets));
        assertThat(JSON.writeValueAsString(dashboard)).doesNotContain("torn");
    }

    private static DomainEventMessage<?> notASheetEvent(long sequence) {
        return new GenericDomainEventMessage<>("Unknown", SHEET.value(), sequence, List.of("not a sheet event"),
                MetaData.emptyInstance(), "event-" + sequence, Instant.parse("2019-04-16T00:00:00Z"));
    }
}
