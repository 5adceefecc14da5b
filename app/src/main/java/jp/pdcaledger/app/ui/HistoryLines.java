package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.ui.HistoryLine.FieldChange;
import jp.pdcaledger.kernel.event.ActivityActualCorrected;
import jp.pdcaledger.kernel.event.ActivityActualRecorded;
import jp.pdcaledger.kernel.event.ActivityIndicatorDefined;
import jp.pdcaledger.kernel.event.AnnualActualConfirmed;
import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import jp.pdcaledger.kernel.event.CouncilOpinionAdded;
import jp.pdcaledger.kernel.event.EvaluationRevised;
import jp.pdcaledger.kernel.event.EvaluationSubmitted;
import jp.pdcaledger.kernel.event.EventMetadata;
import jp.pdcaledger.kernel.event.SheetEvent.FiscalYearEvent;
import jp.pdcaledger.kernel.event.FiscalYearPublished;
import jp.pdcaledger.kernel.event.GradeScaleDefined;
import jp.pdcaledger.kernel.event.ImprovementPlanned;
import jp.pdcaledger.kernel.event.ImprovementRevised;
import jp.pdcaledger.kernel.event.NoCouncilOpinionRecorded;
import jp.pdcaledger.kernel.event.ReviewClosed;
import jp.pdcaledger.kernel.event.ReviewReopened;
import jp.pdcaledger.kernel.event.SheetRegistered;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.event.TargetClassified;
import jp.pdcaledger.kernel.event.TargetRevised;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.query.audit.AuditLogRepository.AuditEntry;
import org.axonframework.eventhandling.DomainEventMessage;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a sheet's audit log as an auditor reads it ({@link HistoryLine}). The log keeps each event's summary and
 * changes as JSON, with the keys of targets and the JSON names of fields; the sheet's events, read beside it, give the
 * names the keys stand for, their units, and the file an import read them from. An event whose payload cannot be read
 * keeps the log's own summary.
 */
final class HistoryLines {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("municipality", "団体"), Map.entry("period", "計画期間"), Map.entry("outcomeTarget", "成果目標"),
            Map.entry("department", "担当部局"), Map.entry("targetValue", "目標値"), Map.entry("unit", "単位"),
            Map.entry("deadlineFiscalYear", "目標年度"), Map.entry("rationale", "目標設定の考え方"),
            Map.entry("value", "実績値"), Map.entry("note", "備考"), Map.entry("asOf", "時点"), Map.entry("evaluation", "評価（Ｃ）"),
            Map.entry("councilOpinion", "協議会等意見"), Map.entry("improvement", "改善（Ａ）"),
            Map.entry("publication", "公表の版"), Map.entry("erratum", "正誤"), Map.entry("grade", "評価の区分"), Map.entry("status", "状況"), Map.entry("achievedOn", "達成日"),
            Map.entry("gradeScale", "評価の区分（定義）"));
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern OUTCOME = Pattern.compile("(\\d+) (.*)", Pattern.DOTALL);

    private final Labels labels;
    private final Map<String, DomainEventMessage<?>> events;
    private final Map<TargetKey, Named> targets = new HashMap<>();
    private final Map<TargetKey, Named> indicators = new HashMap<>();

    private HistoryLines(Labels labels, List<? extends DomainEventMessage<?>> events) {
        this.labels = labels;
        this.events = events.stream().collect(Collectors.toMap(DomainEventMessage::getIdentifier, Function.identity(),
                (first, second) -> first));
        for (DomainEventMessage<?> event : events) {
            Object payload = payloadOf(event);
            if (payload instanceof TargetDefined defined) {
                targets.put(defined.key(), new Named(defined.name(), defined.unit()));
            } else if (payload instanceof ActivityIndicatorDefined defined) {
                indicators.put(defined.key(), new Named(defined.name(), defined.unit()));
            }
        }
    }

    /** The lines of these log entries, with the sheet's {@code events} to name what their keys stand for. */
    static List<HistoryLine> of(List<AuditEntry> entries, List<? extends DomainEventMessage<?>> events, Labels labels) {
        HistoryLines lines = new HistoryLines(labels, events);
        return entries.stream().map(lines::line).toList();
    }

    private HistoryLine line(AuditEntry entry) {
        DomainEventMessage<?> event = events.get(entry.eventId());
        Object payload = event == null ? null : payloadOf(event);
        Named subject = subjectOf(payload);
        String what = payload == null ? entry.summary() : what(payload, subject, entry.summary());
        Object importedFrom = event == null ? null : event.getMetaData().get(EventMetadata.IMPORTED_FROM);
        return new HistoryLine(entry.sequenceNumber() == null ? entry.position() : entry.sequenceNumber(), entry.time(),
                labels.eraMinute(entry.time()), what, entry.actor(),
                importedFrom == null ? null : importedFrom.toString(), entry.reason(), changes(entry.changes(), subject));
    }

    /** The target or indicator an event is about, by its key; a key no definition names stands for itself. */
    private Named subjectOf(Object payload) {
        TargetKey target = payload instanceof AnnualActualRecorded e ? e.target()
                : payload instanceof AnnualActualCorrected e ? e.target()
                : payload instanceof AnnualActualConfirmed e ? e.target()
                : payload instanceof TargetRevised e ? e.key()
                : payload instanceof TargetClassified e ? e.key()
                : payload instanceof TargetDefined e ? e.key() : null;
        if (target != null) {
            return targets.getOrDefault(target, new Named(target.value(), null));
        }
        TargetKey indicator = payload instanceof ActivityActualRecorded e ? e.indicator()
                : payload instanceof ActivityActualCorrected e ? e.indicator()
                : payload instanceof ActivityIndicatorDefined e ? e.key() : null;
        return indicator == null ? null : indicators.getOrDefault(indicator, new Named(indicator.value(), null));
    }

    private static String what(Object payload, Named subject, String summary) {
        String year = payload instanceof FiscalYearEvent e && e.fiscalYear() != null ? e.fiscalYear().japaneseLabel() : "";
        if (payload instanceof SheetRegistered) {
            return "シートを登録";
        } else if (payload instanceof TargetDefined) {
            return "目標「" + subject.name() + "」を定義";
        } else if (payload instanceof TargetRevised) {
            return "目標「" + subject.name() + "」を改定";
        } else if (payload instanceof TargetClassified e) {
            return "目標「" + subject.name() + "」を基本指針の施策「" + e.measure().label() + "」に分類";
        } else if (payload instanceof ActivityIndicatorDefined) {
            return "活動指標「" + subject.name() + "」を定義";
        } else if (payload instanceof AnnualActualRecorded e && e.status() != null) {
            return year + "の状況を記録: 「" + subject.name() + "」";
        } else if (payload instanceof AnnualActualRecorded e) {
            return year + "の実績を記録" + (Boolean.TRUE.equals(e.estimated()) ? "（見込）" : "") + ": 「"
                    + subject.name() + "」";
        } else if (payload instanceof AnnualActualConfirmed) {
            return year + "の見込みの実績を確定値に: 「" + subject.name() + "」";
        } else if (payload instanceof AnnualActualCorrected) {
            return year + "の実績を訂正: 「" + subject.name() + "」";
        } else if (payload instanceof ActivityActualRecorded) {
            return year + "の活動指標の実績を記録: 「" + subject.name() + "」";
        } else if (payload instanceof ActivityActualCorrected) {
            return year + "の活動指標の実績を訂正: 「" + subject.name() + "」";
        } else if (payload instanceof GradeScaleDefined) {
            return "評価の区分を定義";
        } else if (payload instanceof EvaluationSubmitted e) {
            return year + "の評価を提出" + (e.grade() == null ? "" : "（区分 " + e.grade() + "）");
        } else if (payload instanceof EvaluationRevised e) {
            return year + "の評価を修正" + (java.util.Objects.equals(e.grade(), e.previousGrade()) ? ""
                    : "（区分 " + (e.previousGrade() == null ? "なし" : e.previousGrade()) + " → "
                    + (e.grade() == null ? "なし" : e.grade()) + "）");
        } else if (payload instanceof CouncilOpinionAdded) {
            return year + "の協議会等意見を記録";
        } else if (payload instanceof NoCouncilOpinionRecorded) {
            return year + "の協議会等意見: 特になし";
        } else if (payload instanceof ImprovementPlanned) {
            return year + "の改善（次年度の取組）を記録";
        } else if (payload instanceof ImprovementRevised) {
            return year + "の改善（次年度の取組）を修正";
        } else if (payload instanceof ReviewClosed) {
            return year + "の評価を締め切り";
        } else if (payload instanceof ReviewReopened) {
            return year + "の評価を再開";
        } else if (payload instanceof FiscalYearPublished published) {
            return year + (published.erratum() == null ? "を公表" : "を正誤を付けて再公表") + "（第" + published.publication() + "版）";
        }
        return summary;
    }

    private List<FieldChange> changes(JsonNode changes, Named subject) {
        List<FieldChange> lines = new ArrayList<>();
        if (changes == null || !changes.isObject()) {
            return lines;
        }
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            String field = change.getKey();
            JsonNode values = change.getValue();
            lines.add(new FieldChange(FIELDS.getOrDefault(field, field),
                    values.has("before") ? value(field, values.get("before"), subject) : null,
                    value(field, values.get("after"), subject)));
        }
        return lines;
    }

    /** A value as the sheet prints it: a number with its unit, a year as a deadline, the period in eras. */
    private String value(String field, JsonNode node, Named subject) {
        if (node == null || node.isNull()) {
            return "（なし）";
        }
        String unit = subject == null || subject.unit() == null ? "" : subject.unit();
        if (node.isNumber() && field.equals("deadlineFiscalYear")) {
            return labels.deadline(node.intValue());
        }
        if (node.isNumber()) {
            return labels.value(node.decimalValue()) + (field.equals("value") || field.equals("targetValue") ? unit : "");
        }
        String text = node.asString();
        Matcher period = PERIOD.matcher(text);
        if (field.equals("period") && period.matches()) {
            return labels.fiscalYear(Integer.parseInt(period.group(1))) + "～" + labels.fiscalYear(Integer.parseInt(period.group(2)));
        }
        Matcher outcome = OUTCOME.matcher(text);
        if (field.equals("outcomeTarget") && outcome.matches()) {
            return "（" + outcome.group(1) + "）" + outcome.group(2);
        }
        return text;
    }

    private static Object payloadOf(DomainEventMessage<?> event) {
        try {
            return event.getPayload();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** What a key stands for: the name and unit its definition gave. */
    private record Named(String name, String unit) {
    }
}
