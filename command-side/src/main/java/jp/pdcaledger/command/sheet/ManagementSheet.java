package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.DefineActivityIndicator;
import jp.pdcaledger.kernel.command.DefineGradeScale;
import jp.pdcaledger.kernel.command.DefineTarget;
import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.command.ClassifyTarget;
import jp.pdcaledger.kernel.command.ReviseTarget;
import jp.pdcaledger.kernel.event.ActivityIndicatorDefined;
import jp.pdcaledger.kernel.command.ReviewStep;
import jp.pdcaledger.kernel.command.StartNextPeriod;
import jp.pdcaledger.kernel.event.NextPeriodStarted;
import jp.pdcaledger.kernel.event.SheetDerived;
import jp.pdcaledger.kernel.event.GradeScaleDefined;
import jp.pdcaledger.kernel.event.SheetRegistered;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.event.TargetClassified;
import jp.pdcaledger.kernel.event.TargetRevised;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.Grade;
import jp.pdcaledger.kernel.sheet.NumberLimits;
import jp.pdcaledger.kernel.sheet.GuidelineEdition;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.kernel.sheet.TextLimits;
import jp.pdcaledger.kernel.command.FiscalYearCommand;
import jp.pdcaledger.kernel.command.VersionedCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One 目標等の管理シート: the targets and activity indicators of one outcome target, and a {@link FiscalYearReview}
 * per fiscal year of the plan period, which handles that year's commands itself (Axon routes a
 * {@link FiscalYearCommand} to the review whose year it names). Each command handler guards, then applies; it answers
 * the sheet's version (the sequence number of its last event) so that clients can send it back as {@code If-Match}.
 */
@Aggregate(cache = "sheetCache", lockFactory = "sheetLockFactory", commandTargetResolver = "sheetCommandTargetResolver")
public class ManagementSheet implements SheetRules {

    @AggregateIdentifier
    private SheetId sheetId;
    private PlanPeriod period;
    /** What the sheet was registered as: the successor of a rollover is registered alike, for the next period. */
    private SheetRegistered registration;
    private SheetId successor;
    private boolean derived;
    private final Map<TargetKey, TargetInForce> targets = new HashMap<>();
    private final Set<TargetKey> indicators = new HashSet<>();
    /** The codes of the sheet's grade scale, once it is defined; null before. */
    private Set<String> gradeCodes;

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<FiscalYear, FiscalYearReview> reviews = new HashMap<>();

    protected ManagementSheet() {
        // for Axon's event sourcing
    }

    /** Registration is decided by {@link SheetRegistrar}, which first checks that no such sheet exists. */
    ManagementSheet(RegisterSheet command) {
        Require.present("municipality", command.municipality());
        Require.text("municipality.name", command.municipality().name(), TextLimits.NAME);
        Require.present("period", command.period());
        List<String> titles = Require.present("planTitles", command.planTitles());
        if (titles.isEmpty()) {
            throw new InvalidCommandException("planTitles", "planTitles が空です（計画名を1つ以上）");
        }
        if (titles.size() > TextLimits.PLAN_TITLES) {
            throw new InvalidCommandException("planTitles", "計画名は " + TextLimits.PLAN_TITLES
                    + " 件までです（シートの表題に1行で並びます）");
        }
        for (int i = 0; i < titles.size(); i++) {
            Require.text("planTitles[" + i + "]", titles.get(i), TextLimits.NAME);
        }
        Require.optionalText("department", command.department(), TextLimits.NAME);
        Require.optionalText("councilName", command.councilName(), TextLimits.NAME);
        Require.present("outcomeTarget", command.outcomeTarget());
        if (command.outcomeTarget().number() != null && command.outcomeTarget().number() < 1) {
            throw new InvalidCommandException("outcomeTarget.number", "成果目標の番号は1以上です");
        }
        Require.text("outcomeTarget.title", command.outcomeTarget().title(), TextLimits.NAME);
        apply(new SheetRegistered(command.sheetId(), command.municipality(), List.copyOf(titles), command.period(),
                command.department(), command.councilName(), command.outcomeTarget()));
    }

    /** A sheet registered by a rollover ({@link PeriodRollover}): registered, then derived from its predecessor. */
    ManagementSheet(RegisterSheet command, SheetId predecessor, PlanPeriod predecessorPeriod) {
        this(command);
        apply(new SheetDerived(command.sheetId(), predecessor, predecessorPeriod));
    }

    /**
     * Rolls the period over: once its last fiscal year is closed, and once. Answers the successor's registration:
     * the same municipality, department, council and outcome target, for the next period under the new plan titles.
     */
    RegisterSheet startNextPeriod(StartNextPeriod command) {
        Require.present("successor", command.successor());
        PlanPeriod next = period.next();
        if (!reviews.get(period.lastFiscalYear()).isClosed()) {
            throw StepNotAllowedException.missing(ReviewStep.CLOSE, period.lastFiscalYear().japaneseLabel()
                    + "（計画期間の最終年度）の評価が締め切られていません。次期へは最終年度を締め切ってから移ります");
        }
        recordSuccessor(command.successor(), next);
        return new RegisterSheet(command.successor(), registration.municipality(), command.planTitles(), next,
                registration.department(), registration.councilName(), registration.outcomeTarget());
    }

    /**
     * Links the next period's sheet, once, for the period that follows. Whether this period must be closed first is
     * the rollover's rule ({@link #startNextPeriod}); an import that restores the link restores the past as it was.
     */
    void recordSuccessor(SheetId next, PlanPeriod nextPeriod) {
        if (successor != null) {
            throw StepNotAllowedException.alreadyTaken("このシートの次期のシートは登録済みです（" + successor.value() + "）");
        }
        FiscalYear last = period.lastFiscalYear();
        if (nextPeriod.firstFiscalYear().value() != last.value() + 1) {
            throw new InvalidCommandException("predecessor", "前期のシートの計画期間（" + period.firstFiscalYear().value()
                    + "〜" + last.value() + "年度）の次の年度から始まるシートではありません");
        }
        apply(new NextPeriodStarted(sheetId, next, nextPeriod));
    }

    /** Links the sheet to the one it follows (an import's rollover): only a sheet that follows none yet. */
    void derivedFrom(SheetId predecessor, PlanPeriod predecessorPeriod) {
        if (derived) {
            throw StepNotAllowedException.alreadyTaken("このシートは既に前期のシートとつながっています");
        }
        apply(new SheetDerived(sheetId, predecessor, predecessorPeriod));
    }

    PlanPeriod period() {
        return period;
    }

    /** If-Match: a client that read an older (or a future) version is refused before any rule is consulted. */
    @CommandHandlerInterceptor
    void rejectStaleVersion(CommandMessage<?> message) {
        if (message.getPayload() instanceof VersionedCommand command && command.expectedVersion() != null
                && !command.expectedVersion().equals(getVersion())) {
            throw new ConflictingAggregateVersionException(sheetId.value(), command.expectedVersion(), getVersion());
        }
    }

    /**
     * A year's command goes to that year's {@link FiscalYearReview}, which handles it; a year outside the plan period
     * has no review to go to, and is refused here as bad input naming the field.
     */
    @CommandHandlerInterceptor
    void requireYearOfThePeriod(CommandMessage<?> message) {
        if (message.getPayload() instanceof FiscalYearCommand command) {
            requireInPeriod("fiscalYear", command.fiscalYear());
        }
    }

    @CommandHandler
    long handle(DefineTarget command) {
        TargetKey key = Require.present("key", command.key());
        requireNewKey(key);
        Require.text("name", command.name(), TextLimits.NAME);
        TargetKind kind = Require.present("kind", command.kind());
        Require.optionalText("unit", command.unit(), TextLimits.NAME);
        Require.optionalText("note", command.note(), TextLimits.NOTE);
        Require.optionalText("rationale", command.rationale(), TextLimits.PROSE);
        if (command.baseline() != null) {
            Require.nonNegative("baseline.value", command.baseline().value());
        }
        if (kind == TargetKind.QUALITATIVE) {
            requireStatedInWords(command);
        } else if (command.goalText() != null) {
            throw new InvalidCommandException("goalText", "目標の文言（goalText）は QUALITATIVE の目標にだけ付けます");
        }
        if (kind == TargetKind.NUMERIC) {
            Require.nonNegative("targetValue", command.targetValue());
            Require.present("deadlineFiscalYear", command.deadlineFiscalYear());
            Require.present("direction", command.direction());
            Require.text("unit", command.unit(), TextLimits.NAME);
        } else if (kind != TargetKind.QUALITATIVE) {
            if (command.targetValue() != null) {
                throw new InvalidCommandException("targetValue", kind + " の目標には目標値を付けません");
            }
            if (command.deadlineFiscalYear() != null) {
                throw new InvalidCommandException("deadlineFiscalYear", kind + " の目標には目標年度を付けません");
            }
        }
        if (command.measure() != null) {
            requireMeasureOfThePeriod(command.measure());
        }
        apply(new TargetDefined(sheetId, key, command.name(), kind, command.unit(), command.baseline(),
                command.targetValue(), command.deadlineFiscalYear(), command.direction(), command.cumulative(),
                command.note(), command.rationale(), command.goalText(), command.measure()));
        return getVersion();
    }

    /**
     * A target stated in words (「協議の場を設置する」) has its goal text and maybe a deadline, and nothing a number needs:
     * no value, unit, baseline or direction.
     */
    private static void requireStatedInWords(DefineTarget command) {
        Require.text("goalText", command.goalText(), TextLimits.NOTE);
        String numeric = command.targetValue() != null ? "targetValue" : command.unit() != null ? "unit"
                : command.baseline() != null ? "baseline" : command.direction() != null ? "direction"
                : command.cumulative() ? "cumulative" : null;
        if (numeric != null) {
            throw new InvalidCommandException(numeric, "言葉で定める目標（QUALITATIVE）には " + numeric
                    + " を付けません（毎年の状況は status で記録します）");
        }
    }

    @CommandHandler
    long handle(ClassifyTarget command) {
        TargetInForce target = targets.get(Require.present("key", command.key()));
        if (target == null) {
            throw new InvalidCommandException("key", "目標 " + command.key() + " はこのシートにありません");
        }
        GuidelineMeasure measure = Require.present("measure", command.measure());
        requireMeasureOfThePeriod(measure);
        if (measure == target.measure()) {
            throw new InvalidCommandException("measure", "目標 " + command.key() + " は既に " + measure.name() + " に分類されています");
        }
        apply(new TargetClassified(sheetId, command.key(), measure, target.measure()));
        return getVersion();
    }

    /** A target is classified under the guideline in force for its sheet's period, which the roll-up compares with. */
    private void requireMeasureOfThePeriod(GuidelineMeasure measure) {
        GuidelineEdition edition = GuidelineEdition.of(period.firstFiscalYear()).orElseThrow(() ->
                new InvalidCommandException("measure", period.firstFiscalYear().value()
                        + "年度に始まる計画期間の基本指針はここにありません"));
        if (!edition.has(measure)) {
            throw new InvalidCommandException("measure", edition.name() + "の基本指針に " + measure.name() + "（"
                    + measure.label() + "）はありません");
        }
    }

    @CommandHandler
    long handle(DefineActivityIndicator command) {
        TargetKey key = Require.present("key", command.key());
        requireNewKey(key);
        Require.text("name", command.name(), TextLimits.NAME);
        Require.text("unit", command.unit(), TextLimits.NAME);
        List<PlannedValue> planned = command.planned() == null ? List.of() : command.planned();
        Set<FiscalYear> seen = new HashSet<>();
        for (int i = 0; i < planned.size(); i++) {
            PlannedValue value = Require.present("planned[" + i + "]", planned.get(i));
            requireInPeriod("planned[" + i + "].fiscalYear", value.fiscalYear());
            Require.nonNegative("planned[" + i + "].value", value.value());
            if (!seen.add(value.fiscalYear())) {
                throw new InvalidCommandException("planned[" + i + "].fiscalYear",
                        value.fiscalYear().value() + "年度の見込量が重複しています");
            }
        }
        apply(new ActivityIndicatorDefined(sheetId, key, command.name(), command.unit(), List.copyOf(planned)));
        return getVersion();
    }

    /** The scale is defined once: its codes are what every graded evaluation of the sheet says. */
    @CommandHandler
    long handle(DefineGradeScale command) {
        List<Grade> grades = Require.present("grades", command.grades());
        if (grades.isEmpty()) {
            throw new InvalidCommandException("grades", "評価の区分（grades）が空です（1つ以上、よいものから順に）");
        }
        if (grades.size() > Grade.MAX_GRADES) {
            throw new InvalidCommandException("grades", "評価の区分は " + Grade.MAX_GRADES + " 個までです");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < grades.size(); i++) {
            Grade grade = Require.present("grades[" + i + "]", grades.get(i));
            String code = Require.text("grades[" + i + "].code", grade.code(), Grade.CODE_LENGTH);
            if (code.contains("\n") || !code.equals(code.strip())) {
                throw new InvalidCommandException("grades[" + i + "].code", "区分の記号は1行で、前後に空白を付けません: " + code);
            }
            Require.optionalText("grades[" + i + "].label", grade.label(), TextLimits.NAME);
            if (!codes.add(code)) {
                throw new InvalidCommandException("grades[" + i + "].code", "区分の記号 " + code + " が重複しています");
            }
        }
        if (gradeCodes != null) {
            throw StepNotAllowedException.alreadyTaken("このシートの評価の区分は定義済みです");
        }
        apply(new GradeScaleDefined(sheetId, List.copyOf(grades)));
        return getVersion();
    }

    @CommandHandler
    long handle(ReviseTarget command) {
        TargetInForce target = targets.get(Require.present("key", command.key()));
        if (target == null) {
            throw new InvalidCommandException("key", "目標 " + command.key() + " はこのシートにありません");
        }
        Require.text("reason", command.reason(), TextLimits.REASON);
        Require.optionalText("rationale", command.rationale(), TextLimits.PROSE);
        if (target.kind() != TargetKind.NUMERIC && (command.targetValue() != null || command.deadlineFiscalYear() != null)) {
            throw new InvalidCommandException(command.targetValue() != null ? "targetValue" : "deadlineFiscalYear",
                    "数値目標のない目標に目標値・目標年度は付けられません");
        }
        if (command.targetValue() != null) {
            Require.nonNegative("targetValue", command.targetValue());
        }
        BigDecimal value = command.targetValue() != null ? command.targetValue() : target.targetValue();
        FiscalYear deadline = command.deadlineFiscalYear() != null ? command.deadlineFiscalYear() : target.deadlineFiscalYear();
        String rationale = command.rationale() != null ? command.rationale() : target.rationale();
        if (NumberLimits.sameValue(value, target.targetValue()) && Objects.equals(deadline, target.deadlineFiscalYear())
                && Objects.equals(rationale, target.rationale())) {
            throw new InvalidCommandException("targetValue", "目標値・目標年度・目標設定の考え方のどれも変わっていません");
        }
        apply(new TargetRevised(sheetId, command.key(), value, deadline, rationale,
                target.targetValue(), target.deadlineFiscalYear(), target.rationale()));
        return getVersion();
    }

    private void requireInPeriod(String field, FiscalYear fiscalYear) {
        Require.present(field, fiscalYear);
        if (!period.contains(fiscalYear)) {
            throw new InvalidCommandException(field, fiscalYear.japaneseLabel() + "（" + fiscalYear.value()
                    + "）は計画期間 " + period.firstFiscalYear().value() + "〜" + period.lastFiscalYear().value() + " の外です");
        }
    }

    /** A grade is a code of the sheet's scale: none defined is a step missing, a code not on it bad input. */
    @Override
    public String requireGradeOnScale(String grade) {
        if (grade == null) {
            return null;
        }
        if (gradeCodes == null) {
            throw StepNotAllowedException.missing(DefineGradeScale.class.getSimpleName(),
                    "このシートには評価の区分がまだ定義されていません。先に DefineGradeScale が必要です");
        }
        if (!gradeCodes.contains(grade)) {
            throw new InvalidCommandException("grade", "評価の区分 " + grade + " はこのシートの区分（"
                    + String.join(", ", gradeCodes.stream().sorted().toList()) + "）にありません");
        }
        return grade;
    }

    private void requireNewKey(TargetKey key) {
        if (targets.containsKey(key) || indicators.contains(key)) {
            throw StepNotAllowedException.alreadyTaken("キー " + key + " は既にこのシートで使われています");
        }
    }

    /** The kind of the target a key names; null for an activity indicator's. */
    @Override
    public TargetKind kindOf(TargetKey key) {
        TargetInForce target = targets.get(key);
        return target == null ? null : target.kind();
    }

    @Override
    public TargetKey requireKnownKey(TargetKey key) {
        Require.present("key", key);
        if (!targets.containsKey(key) && !indicators.contains(key)) {
            throw new InvalidCommandException("key", "目標・活動指標 " + key + " はこのシートにありません");
        }
        return key;
    }

    @EventSourcingHandler
    void on(SheetRegistered event) {
        registration = event;
        sheetId = event.sheetId();
        period = event.period();
        period.fiscalYears().forEach(fiscalYear -> reviews.put(fiscalYear, new FiscalYearReview(sheetId, fiscalYear, this)));
    }

    @EventSourcingHandler
    void on(SheetDerived event) {
        derived = true;
    }

    @EventSourcingHandler
    void on(NextPeriodStarted event) {
        successor = event.successor();
    }

    @EventSourcingHandler
    void on(TargetDefined event) {
        targets.put(event.key(), TargetInForce.of(event));
    }

    @EventSourcingHandler
    void on(TargetRevised event) {
        targets.computeIfPresent(event.key(), (key, target) -> target.revisedBy(event));
    }

    @EventSourcingHandler
    void on(TargetClassified event) {
        targets.computeIfPresent(event.key(), (key, target) -> target.classifiedBy(event));
    }

    @EventSourcingHandler
    void on(ActivityIndicatorDefined event) {
        indicators.add(event.key());
    }

    @EventSourcingHandler
    void on(GradeScaleDefined event) {
        gradeCodes = new HashSet<>();
        event.grades().forEach(grade -> gradeCodes.add(grade.code()));
    }
}
