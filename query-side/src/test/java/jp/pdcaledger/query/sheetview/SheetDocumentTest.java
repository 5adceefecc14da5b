package jp.pdcaledger.query.sheetview;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.exchange.SheetDocumentFold;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.query.ImportedSheet;
import jp.pdcaledger.query.SheetStream;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static jp.pdcaledger.query.ImportedSheet.JSON;
import static jp.pdcaledger.query.SheetEvents.SHEET;
import static jp.pdcaledger.query.SheetEvents.SUPPORT_BASES;
import static jp.pdcaledger.query.SheetEvents.actual;
import static jp.pdcaledger.query.SheetEvents.actualCorrected;
import static jp.pdcaledger.query.SheetEvents.numericTarget;
import static jp.pdcaledger.query.SheetEvents.registered;
import static jp.pdcaledger.query.SheetEvents.supportBases;
import static jp.pdcaledger.query.SheetEvents.targetRevised;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import → export is the identity: the document the events of an import fold back into. The export, the workbook
 * download and the write side's comparison of an upload all take the kernel's one fold ({@link SheetDocumentFold}),
 * the read side over the events up to the version of the view it answers with ({@link SheetHistory#document}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SheetDocumentTest {

    private static final String BEYOND_THE_SEED = "fixtures/prefecture-beyond-the-seed.json";

    @ParameterizedTest
    @ValueSource(strings = {ImportedSheet.KITAKYUSHU, BEYOND_THE_SEED})
    void exporting_what_an_import_folded_into_gives_back_the_document_field_by_field(String resource) {
        JsonNode imported = JSON.readTree(ImportedSheet.text(resource));

        JsonNode exported = exportOf(ImportedSheet.of(ImportedSheet.document(resource)));

        assertThat(exported.propertyNames()).containsExactlyInAnyOrderElementsOf(imported.propertyNames());
        for (String field : imported.propertyNames()) {
            assertThat(exported.get(field)).as(field).isEqualTo(imported.get(field));
        }
        assertThat(exported).isEqualTo(imported);
    }

    @Test
    void the_seed_exports_its_three_fiscal_years_with_the_one_support_base_reached_in_FY2020() {
        JsonNode exported = exportOf(ImportedSheet.seed());

        assertThat(exported.get("format").asString()).isEqualTo("pdca-sheet/v1");
        assertThat(exported.get("fiscalYears")).hasSize(3);
        assertThat(exported.at("/fiscalYears/2/actuals/0/value").asInt()).isEqualTo(1);
        assertThat(exported.at("/fiscalYears/2/noCouncilOpinion").asBoolean()).isTrue();
        assertThat(exported.at("/fiscalYears/2/councilOpinions")).isEmpty();
    }

    @Test
    void a_fiscal_year_with_nothing_reported_is_left_out() {
        PdcaSheetDocument exported = documentOf(SheetStream.of(registered(), supportBases(),
                actual(2018, SUPPORT_BASES, "0")));

        assertThat(exported.fiscalYears()).extracting(PdcaSheetDocument.FiscalYear::fiscalYear).containsExactly(2018);
    }

    @Test
    void a_document_listing_an_empty_fiscal_year_exports_without_it() {
        JsonNode exported = exportOf(ImportedSheet.of(JSON.readValue("""
                {"format": "pdca-sheet/v1", "municipality": {"code": "401005", "name": "北九州市"},
                 "planTitles": ["第５期北九州市障害福祉計画"], "period": {"firstFiscalYear": 2018, "lastFiscalYear": 2020},
                 "department": null, "councilName": null, "outcomeTarget": {"number": 3, "title": "地域生活支援拠点等の整備"},
                 "targets": [], "activityIndicators": [],
                 "fiscalYears": [{"fiscalYear": 2018, "actuals": [], "activityActuals": [], "evaluation": null,
                                  "councilOpinions": [], "noCouncilOpinion": false, "improvement": null}]}
                """, PdcaSheetDocument.class)));

        assertThat(exported.get("fiscalYears")).isEmpty();
    }

    @Test
    void a_value_reported_as_not_available_stays_null_and_never_becomes_zero() {
        JsonNode exported = exportOf(SheetStream.of(registered(), supportBases(),
                actual(2018, SUPPORT_BASES, null, "無し"), actual(2019, SUPPORT_BASES, "0")));

        JsonNode fy2018 = exported.at("/fiscalYears/0/actuals/0");
        assertThat(fy2018.has("value")).isTrue();
        assertThat(fy2018.get("value").isNull()).isTrue();
        assertThat(fy2018.get("note").asString()).isEqualTo("無し");
        assertThat(exported.at("/fiscalYears/1/actuals/0/value").isNumber()).isTrue();
        assertThat(exported.at("/targets/0/baseline").isNull()).isTrue();
    }

    @Test
    void a_revised_target_is_exported_as_it_is_in_force_and_a_corrected_actual_with_its_corrected_value() {
        PdcaSheetDocument exported = documentOf(SheetStream.of(registered(),
                        numericTarget(SUPPORT_BASES, "1", 2017, Direction.INCREASE, null),
                        actual(2018, SUPPORT_BASES, "1"))
                .because("国が整備の時期を延期したため",
                        targetRevised(SUPPORT_BASES, "1", 2017, "旧指針", "1", 2020, "新指針"))
                .because("集計誤り", actualCorrected(2018, SUPPORT_BASES, "1", "0")));

        assertThat(exported.targets().get(0).deadlineFiscalYear()).isEqualTo(2020);
        assertThat(exported.targets().get(0).rationale()).isEqualTo("新指針");
        assertThat(exported.fiscalYears().get(0).actuals().get(0).value()).isEqualByComparingTo("0");
    }

    @Test
    void the_read_side_exports_the_events_up_to_the_version_of_its_view_and_no_further() {
        SheetStream stream = SheetStream.of(registered(), numericTarget(SUPPORT_BASES, "1", 2017, Direction.INCREASE, null),
                        actual(2018, SUPPORT_BASES, "1"))
                .because("集計誤り", actualCorrected(2018, SUPPORT_BASES, "1", "0"));
        EventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        store.publish(stream.events());
        SheetHistory history = new SheetHistory(store);
        SheetView viewBeforeTheCorrection = stream.foldFirst(3);

        PdcaSheetDocument exported = history.document(SHEET.value(), viewBeforeTheCorrection.version);

        assertThat(exported).isEqualTo(SheetDocumentFold.of(payloads(stream).subList(0, 3)));
        assertThat(exported.fiscalYears().get(0).actuals().get(0).value()).isEqualByComparingTo("1");
        assertThat(history.document(SHEET.value(), stream.fold().version)).isEqualTo(documentOf(stream));
    }

    /**
     * Numbers a past version could store (before they were bounded): the view, the write side's fold, the JSON
     * export and the workbook each take them in a moment, and the export keeps each number as stored.
     */
    @Test
    void numbers_stored_beyond_the_limits_fold_and_export_as_json_and_workbook_without_being_written_out() {
        String thousandDecimals = "0." + "3".repeat(1000);
        SheetStream stream = SheetStream.of(registered(),
                numericTarget(SUPPORT_BASES, "1e400", 2020, Direction.INCREASE,
                        jp.pdcaledger.query.SheetEvents.baseline("1e999999999", 2016)),
                jp.pdcaledger.query.SheetEvents.indicator("consultations", "相談件数", "件", "2018=" + thousandDecimals),
                actual(2018, SUPPORT_BASES, "1e999999999"))
                .because("桁の誤り", actualCorrected(2018, SUPPORT_BASES, "1e999999999", "-1e999999999"));

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertThat(stream.fold().targets.get(0).targetValue).isEqualByComparingTo("1e400");
            PdcaSheetDocument exported = documentOf(stream);

            String json = JSON.writeValueAsString(exported);
            assertThat(json).contains("\"targetValue\":1E+400", "\"value\":-1E+999999999");
            assertThat(JSON.readValue(json, PdcaSheetDocument.class)).isEqualTo(exported);

            byte[] workbook = SheetWorkbook.write(exported, new SheetWorkbook.Origin(SHEET.value(), 4L));
            assertThat(workbook).isNotEmpty();
        });
    }

    private static java.util.List<Object> payloads(SheetStream stream) {
        return stream.events().stream().<Object>map(event -> event.getPayload()).toList();
    }

    private static PdcaSheetDocument documentOf(SheetStream stream) {
        return SheetDocumentFold.of(payloads(stream));
    }

    private static JsonNode exportOf(SheetStream stream) {
        return JSON.readTree(JSON.writeValueAsString(documentOf(stream)));
    }
}
