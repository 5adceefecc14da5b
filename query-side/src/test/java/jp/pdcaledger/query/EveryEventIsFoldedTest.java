package jp.pdcaledger.query;

import jp.pdcaledger.kernel.event.AnnualActualConfirmed;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import jp.pdcaledger.kernel.event.CouncilOpinionAnswered;
import jp.pdcaledger.kernel.event.EvaluationRevised;
import jp.pdcaledger.kernel.event.GradeScaleDefined;
import jp.pdcaledger.kernel.sheet.Grade;
import jp.pdcaledger.kernel.event.FiscalYearPublished;
import jp.pdcaledger.kernel.event.ImprovementRevised;
import java.math.BigDecimal;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.event.NextPeriodStarted;
import jp.pdcaledger.kernel.event.ReviewClosed;
import jp.pdcaledger.kernel.event.SheetDerived;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.event.ReviewReopened;
import jp.pdcaledger.kernel.event.SheetEvent;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.exchange.SheetDocumentFold;
import jp.pdcaledger.query.audit.AuditDescription;
import jp.pdcaledger.query.sheetview.SheetFold;
import jp.pdcaledger.query.sheetview.SheetView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import jp.pdcaledger.kernel.event.TargetClassified;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static jp.pdcaledger.query.SheetEvents.SUPPORT_BASES;
import static jp.pdcaledger.query.SheetEvents.activityActual;
import static jp.pdcaledger.query.SheetEvents.activityActualCorrected;
import static jp.pdcaledger.query.SheetEvents.actual;
import static jp.pdcaledger.query.SheetEvents.actualCorrected;
import static jp.pdcaledger.query.SheetEvents.closed;
import static jp.pdcaledger.query.SheetEvents.evaluation;
import static jp.pdcaledger.query.SheetEvents.evaluationRevised;
import static jp.pdcaledger.query.SheetEvents.improvement;
import static jp.pdcaledger.query.SheetEvents.indicator;
import static jp.pdcaledger.query.SheetEvents.noOpinion;
import static jp.pdcaledger.query.SheetEvents.opinion;
import static jp.pdcaledger.query.SheetEvents.registered;
import static jp.pdcaledger.query.SheetEvents.reopened;
import static jp.pdcaledger.query.SheetEvents.supportBases;
import static jp.pdcaledger.query.SheetEvents.targetRevised;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sheet's events are a closed set, and each one of them is read by every fold: the sheet view (through
 * {@link SheetEvent.Visitor}), the exchange document ({@link SheetEvent#applyTo}) and the audit description
 * ({@link SheetEvent#describe}). A new event type fails here until it has a sample below, and until what it says to
 * each of them shows.
 */
class EveryEventIsFoldedTest {

    /** One sheet's life with one event of every type, in an order the workflow allows. */
    private static final List<SheetEvent> ONE_OF_EACH = List.of(
            registered(),
            new SheetDerived(SheetEvents.SHEET, SheetId.of("0f1e2d3c-4b5a-4697-8887-766554433221"),
                    new PlanPeriod(FiscalYear.of(2015), FiscalYear.of(2017))),
            supportBases(),
            indicator("consultations", "相談件数", "件", "2018=100"),
            new GradeScaleDefined(SheetEvents.SHEET, List.of(new Grade("A", "目標以上"), new Grade("B", "目標どおり"),
                    new Grade("C", "改善の余地あり"))),
            targetRevised(SUPPORT_BASES, "1", 2020, null, "2", 2020, "圏域ごとに整備するため"),
            new TargetClassified(SheetEvents.SHEET, TargetKey.of(SUPPORT_BASES), GuidelineMeasure.COMMUNITY_LIVING_BASE,
                    null),
            actual(2018, SUPPORT_BASES, "0"),
            actualCorrected(2018, SUPPORT_BASES, "0", "1"),
            new AnnualActualRecorded(SheetEvents.SHEET, FiscalYear.of(2019), TargetKey.of(SUPPORT_BASES), BigDecimal.ONE, "見込",
                    null, true),
            new AnnualActualConfirmed(SheetEvents.SHEET, FiscalYear.of(2019), TargetKey.of(SUPPORT_BASES), BigDecimal.TEN, null,
                    null, BigDecimal.ONE, "見込", null),
            activityActual(2018, "consultations", "90"),
            activityActualCorrected(2018, "consultations", "90", "95"),
            evaluation(2018, "整備に向けて協議しました。"),
            evaluationRevised(2018, "整備に向けて協議しました。", "整備に向けて協議を始めました。"),
            new EvaluationRevised(SheetEvents.SHEET, FiscalYear.of(2018), "整備に向けて協議を始めました。",
                    "整備に向けて協議を始めました。", "B", null),
            opinion(2018, "・拠点の機能を周知してください。"),
            new CouncilOpinionAnswered(SheetEvents.SHEET, FiscalYear.of(2018), 1, OpinionResponse.UNDER_CONSIDERATION,
                    "事業者連絡会で周知の方法を検討します。", null, null),
            improvement(2018, "事業者向けの説明会を開きます。"),
            new ImprovementRevised(SheetEvents.SHEET, FiscalYear.of(2018), "事業者向けの説明会を年２回開きます。",
                    "事業者向けの説明会を開きます。"),
            closed(2018),
            new FiscalYearPublished(SheetEvents.SHEET, FiscalYear.of(2018), 1, null),
            reopened(2018),
            noOpinion(2019),
            new NextPeriodStarted(SheetEvents.SHEET, SheetId.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                    new PlanPeriod(FiscalYear.of(2021), FiscalYear.of(2023))));

    /**
     * Events that change nothing a printed sheet shows: whether a year is closed is not on the paper; publishing
     * prints the sheet as it stands; the successor names its predecessor, not the other way round.
     */
    private static final Set<Class<?>> NOT_PRINTED = Set.of(ReviewClosed.class, ReviewReopened.class,
            FiscalYearPublished.class, NextPeriodStarted.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void every_event_type_of_the_closed_set_has_a_sample_here() {
        assertThat(ONE_OF_EACH.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(eventTypes(SheetEvent.class));
    }

    @Test
    void the_visitor_has_one_method_per_event_type_and_each_event_calls_the_one_for_its_type() {
        Set<Class<?>> parameters = Arrays.stream(SheetEvent.Visitor.class.getDeclaredMethods())
                .filter(method -> Modifier.isAbstract(method.getModifiers()))
                .map(method -> method.getParameterTypes()[0]).collect(Collectors.toSet());
        assertThat(parameters).containsExactlyInAnyOrderElementsOf(eventTypes(SheetEvent.class));

        for (SheetEvent event : ONE_OF_EACH) {
            List<Method> called = new ArrayList<>();
            InvocationHandler recording = (proxy, method, arguments) -> {
                called.add(method);
                return null;
            };
            SheetEvent.Visitor<?> visitor = (SheetEvent.Visitor<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{SheetEvent.Visitor.class}, recording);
            event.accept(visitor);
            assertThat(called).as(event.getClass().getSimpleName()).singleElement()
                    .satisfies(method -> assertThat(method.getParameterTypes()[0]).isEqualTo(event.getClass()));
        }
    }

    @Test
    void each_event_changes_the_view_and_the_document_and_is_described_for_the_audit_log() {
        SheetStream stream = SheetStream.of(ONE_OF_EACH.toArray(SheetEvent[]::new));
        List<DomainEventMessage<?>> events = stream.events();
        SheetView view = new SheetView();
        ObjectNode viewBefore = content(view);
        for (int i = 0; i < events.size(); i++) {
            DomainEventMessage<?> event = events.get(i);
            String type = event.getPayloadType().getSimpleName();

            assertThat(SheetFold.apply(view, event)).as(type).isTrue();
            ObjectNode viewAfter = content(view);
            assertThat(viewAfter).as("the view after " + type).isNotEqualTo(viewBefore);
            viewBefore = viewAfter;

            if (i > 0) {
                PdcaSheetDocument documentAfter = SheetDocumentFold.of(payloads(events.subList(0, i + 1)));
                PdcaSheetDocument documentBefore = SheetDocumentFold.of(payloads(events.subList(0, i)));
                if (NOT_PRINTED.contains(event.getPayloadType())) {
                    assertThat(documentAfter).as("the document after " + type).isEqualTo(documentBefore);
                } else {
                    assertThat(documentAfter).as("the document after " + type).isNotEqualTo(documentBefore);
                }
            }

            AuditDescription description = AuditDescription.of(event.getPayload());
            assertThat(description.summary()).as(type).isNotBlank().isNotEqualTo(type);
        }
    }

    /** The view's content, without the version and time every event moves on. */
    private static ObjectNode content(SheetView view) {
        ObjectNode node = JSON.valueToTree(view);
        node.remove(List.of("version", "lastChangedAt"));
        return node;
    }

    private static List<Object> payloads(List<DomainEventMessage<?>> events) {
        return events.stream().<Object>map(DomainEventMessage::getPayload).toList();
    }

    /** The concrete types under a sealed interface, however deep. */
    private static Set<Class<?>> eventTypes(Class<?> type) {
        Set<Class<?>> leaves = new HashSet<>();
        if (!type.isSealed()) {
            leaves.add(type);
            return leaves;
        }
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            leaves.addAll(eventTypes(permitted));
        }
        return leaves;
    }
}
