package jp.pdcaledger.command.importing;

import jp.pdcaledger.command.writes.Refusal;
import jp.pdcaledger.command.writes.Refusal.FieldError;
import jp.pdcaledger.command.writes.WriteRefused;
import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.RespondToCouncilOpinion;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.command.DefineActivityIndicator;
import jp.pdcaledger.kernel.command.DefineGradeScale;
import jp.pdcaledger.kernel.command.DefineTarget;
import jp.pdcaledger.kernel.command.PlanImprovement;
import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.AsOfDate;
import jp.pdcaledger.kernel.sheet.Baseline;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.Grade;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.MunicipalityCode;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Turns a {@code pdca-sheet/v1} document into the commands a person would have sent, in the workflow's order,
 * collecting every field that cannot become a domain value (so the client sees all of them at once). The rules
 * of the workflow itself are the aggregate's: they are checked when the steps are replayed.
 */
final class DocumentTranslation {

    private final PdcaSheetDocument document;
    private final SheetId sheetId;
    private final List<FieldError> errors = new ArrayList<>();
    private final List<ImportStep> steps = new ArrayList<>();
    private final Set<TargetKey> targetKeys = new HashSet<>();
    private final Set<TargetKey> indicatorKeys = new HashSet<>();

    private DocumentTranslation(PdcaSheetDocument document, SheetId sheetId) {
        this.document = document;
        this.sheetId = sheetId;
    }

    static List<ImportStep> steps(PdcaSheetDocument document, SheetId sheetId) {
        DocumentTranslation translation = new DocumentTranslation(document, sheetId);
        translation.translate();
        if (!translation.errors.isEmpty()) {
            throw new WriteRefused(new Refusal.InvalidDocument(translation.errors));
        }
        return translation.steps;
    }

    private void translate() {
        if (!PdcaSheetDocument.FORMAT.equals(document.format())) {
            error("format", "format は \"" + PdcaSheetDocument.FORMAT + "\" です: " + document.format());
        }
        register();
        each("targets", document.targets(), this::target);
        each("activityIndicators", document.activityIndicators(), this::indicator);
        gradeScale();
        Set<FiscalYear> seen = new HashSet<>();
        each("fiscalYears", document.fiscalYears(), (path, year) -> fiscalYear(path, year, seen));
    }

    /** Visits the items of a list with their paths; a null item is an error of its own. */
    private <T> void each(String path, List<T> items, BiConsumer<String, T> visit) {
        List<T> list = list(items);
        for (int i = 0; i < list.size(); i++) {
            String itemPath = path + "[" + i + "]";
            if (list.get(i) == null) {
                error(itemPath, itemPath + " が null です");
            } else {
                visit.accept(itemPath, list.get(i));
            }
        }
    }

    private void register() {
        PdcaSheetDocument.Municipality municipality = required("municipality", document.municipality());
        PdcaSheetDocument.Period period = required("period", document.period());
        PdcaSheetDocument.OutcomeTarget outcome = required("outcomeTarget", document.outcomeTarget());
        MunicipalityCode code = municipality == null ? null
                : value("municipality.code", () -> MunicipalityCode.of(required("municipality.code", municipality.code())));
        FiscalYear first = period == null ? null : fiscalYearOf("period.firstFiscalYear", period.firstFiscalYear());
        FiscalYear last = period == null ? null : fiscalYearOf("period.lastFiscalYear", period.lastFiscalYear());
        PlanPeriod planPeriod = first == null || last == null ? null : value("period", () -> new PlanPeriod(first, last));
        String name = municipality == null ? null : required("municipality.name", municipality.name());
        String title = outcome == null ? null : required("outcomeTarget.title", outcome.title());
        if (code != null && name != null && planPeriod != null && title != null) {
            // a null number is a combined progress table's: the title identifies it
            steps.add(new ImportStep("", new RegisterSheet(sheetId, new Municipality(code, name),
                    document.planTitles(), planPeriod, document.department(), document.councilName(),
                    new OutcomeTarget(outcome.number(), title)), null));
            predecessor(planPeriod);
        }
    }

    /** The period the sheet follows, if the document names one: it must end the year before this one begins. */
    private void predecessor(PlanPeriod planPeriod) {
        if (document.predecessor() == null) {
            return;
        }
        PdcaSheetDocument.Period period = required("predecessor.period", document.predecessor().period());
        FiscalYear first = period == null ? null : fiscalYearOf("predecessor.period.firstFiscalYear", period.firstFiscalYear());
        FiscalYear last = period == null ? null : fiscalYearOf("predecessor.period.lastFiscalYear", period.lastFiscalYear());
        PlanPeriod before = first == null || last == null ? null : value("predecessor.period", () -> new PlanPeriod(first, last));
        if (before == null) {
            return;
        }
        if (before.lastFiscalYear().value() + 1 != planPeriod.firstFiscalYear().value()) {
            error("predecessor.period", "前期の計画期間は、このシートの計画期間の前年度で終わります: "
                    + before.firstFiscalYear().value() + "〜" + before.lastFiscalYear().value());
            return;
        }
        steps.add(new ImportStep("predecessor.period", new FollowsPeriod(before), null));
    }

    /** Not a command: the import's cue to link the sheet to the one of {@code period} once it is registered. */
    record FollowsPeriod(PlanPeriod period) {
    }

    /**
     * The scale, when the document has one: defined before any year's evaluation is graded on it. An empty list says
     * what absent says (a generated client writes one for a list it was not given): no scale.
     */
    private void gradeScale() {
        if (!graded()) {
            return;
        }
        List<Grade> grades = new ArrayList<>();
        each("gradeScale", document.gradeScale(), (path, grade) -> grades.add(new Grade(grade.code(), grade.label())));
        steps.add(new ImportStep("gradeScale", new DefineGradeScale(sheetId, grades, null), null));
    }

    private boolean graded() {
        return document.gradeScale() != null && !document.gradeScale().isEmpty();
    }

    private void target(String path, PdcaSheetDocument.Target target) {
        TargetKey key = keyOf(path + ".key", target.key());
        if (key != null && !targetKeys.add(key)) {
            error(path + ".key", "キー " + key + " が重複しています");
        }
        TargetKind kind = enumOf(path + ".kind", TargetKind.class, target.kind(), true);
        Direction direction = enumOf(path + ".direction", Direction.class, target.direction(), false);
        Baseline baseline = target.baseline() == null ? null : new Baseline(
                required(path + ".baseline.value", target.baseline().value()),
                target.baseline().fiscalYear() == null ? null
                        : fiscalYearOf(path + ".baseline.fiscalYear", target.baseline().fiscalYear()));
        FiscalYear deadline = target.deadlineFiscalYear() == null ? null
                : fiscalYearOf(path + ".deadlineFiscalYear", target.deadlineFiscalYear());
        GuidelineMeasure measure = enumOf(path + ".measure", GuidelineMeasure.class, target.measure(), false);
        steps.add(new ImportStep(path, new DefineTarget(sheetId, key, target.name(), kind, target.unit(), baseline,
                target.targetValue(), deadline, direction, Boolean.TRUE.equals(target.cumulative()), target.note(),
                target.rationale(), target.goalText(), measure, null), null));
    }

    private void indicator(String path, PdcaSheetDocument.ActivityIndicator indicator) {
        TargetKey key = keyOf(path + ".key", indicator.key());
        if (key != null && (targetKeys.contains(key) || !indicatorKeys.add(key))) {
            error(path + ".key", "キー " + key + " が重複しています");
        }
        List<PlannedValue> values = new ArrayList<>();
        each(path + ".planned", indicator.planned(), (plannedPath, value) -> {
            FiscalYear fiscalYear = fiscalYearOf(plannedPath + ".fiscalYear", value.fiscalYear());
            if (fiscalYear != null) {
                values.add(new PlannedValue(fiscalYear, value.value()));
            }
        });
        steps.add(new ImportStep(path, new DefineActivityIndicator(sheetId, key, indicator.name(), indicator.unit(),
                values, null), null));
    }

    private void fiscalYear(String path, PdcaSheetDocument.FiscalYear year, Set<FiscalYear> seen) {
        FiscalYear fiscalYear = fiscalYearOf(path + ".fiscalYear", year.fiscalYear());
        if (fiscalYear == null) {
            return;
        }
        if (!seen.add(fiscalYear)) {
            error(path + ".fiscalYear", fiscalYear.value() + "年度が重複しています");
        }
        each(path + ".actuals", year.actuals(), (actualPath, actual) -> {
            QualitativeStatus status = enumOf(actualPath + ".status", QualitativeStatus.class, actual.status(), false);
            LocalDate achievedOn = actual.achievedOn() == null ? null
                    : value(actualPath + ".achievedOn", () -> AsOfDate.parse(actual.achievedOn()));
            actual(actualPath, actualPath + ".target", fiscalYear, actual.target(), actual.value(), actual.note(),
                    actual.asOf(), Boolean.TRUE.equals(actual.estimated()), status, achievedOn, targetKeys,
                    "目標 %s は targets にありません");
        });
        each(path + ".activityActuals", year.activityActuals(), (actualPath, actual) ->
                actual(actualPath, actualPath + ".indicator", fiscalYear, actual.indicator(), actual.value(),
                        actual.note(), actual.asOf(), false, null, null, indicatorKeys,
                        "活動指標 %s は activityIndicators にありません"));
        if (year.grade() != null && year.evaluation() == null) {
            error(path + ".grade", "評価（evaluation）のない年度に評価の区分は付けられません");
        } else if (year.grade() != null && !graded()) {
            error(path + ".grade", "評価の区分（gradeScale）のないシートに評価の区分は付けられません");
        }
        if (year.evaluation() != null) {
            steps.add(new ImportStep(path + ".evaluation",
                    new SubmitEvaluation(sheetId, fiscalYear, year.evaluation(), year.grade(), null), null));
        }
        List<String> opinions = list(year.councilOpinions());
        if (opinions.stream().anyMatch(java.util.Objects::isNull)) {
            error(path + ".councilOpinions", "意見に null が含まれています");
        }
        boolean none = Boolean.TRUE.equals(year.noCouncilOpinion());
        if (none && !opinions.isEmpty()) {
            error(path + ".noCouncilOpinion", "意見があるのに「特になし」になっています");
        }
        for (int i = 0; i < opinions.size(); i++) {
            steps.add(new ImportStep(path + ".councilOpinions[" + i + "]",
                    new AddCouncilOpinion(sheetId, fiscalYear, opinions.get(i), null), null));
        }
        if (none) {
            steps.add(new ImportStep(path + ".noCouncilOpinion", new RecordNoCouncilOpinion(sheetId, fiscalYear, null), null));
        }
        each(path + ".councilOpinionAnswers", year.councilOpinionAnswers(), (answerPath, answer) -> {
            Integer opinion = required(answerPath + ".opinion", answer.opinion());
            if (opinion != null && (opinion < 1 || opinion > opinions.size())) {
                error(answerPath + ".opinion", "この年度の協議会等意見は " + opinions.size() + " 件です（" + opinion
                        + " 件目はありません）");
            }
            String code = required(answerPath + ".response", answer.response());
            OpinionResponse response = code == null ? null : java.util.Arrays.stream(OpinionResponse.values())
                    .filter(known -> known.name().equals(code)).findFirst().orElse(null);
            if (code != null && response == null) {
                error(answerPath + ".response", "REFLECTED, PARTLY_REFLECTED, UNDER_CONSIDERATION, DIFFICULT のどれかです: " + code);
            }
            steps.add(new ImportStep(answerPath, new RespondToCouncilOpinion(sheetId, fiscalYear,
                    opinion == null ? 0 : opinion, response, answer.text(), null, null), null));
        });
        if (year.improvement() != null) {
            steps.add(new ImportStep(path + ".improvement",
                    new PlanImprovement(sheetId, fiscalYear, year.improvement(), null), null));
        }
    }

    private void actual(String path, String keyPath, FiscalYear fiscalYear, String keyText, java.math.BigDecimal value,
                        String note, String asOfText, boolean estimated, QualitativeStatus status,
                        LocalDate achievedOn, Set<TargetKey> defined, String unknownMessage) {
        TargetKey key = keyOf(keyPath, keyText);
        if (key != null && !defined.contains(key)) {
            error(keyPath, unknownMessage.formatted(key));
        }
        LocalDate asOf = asOfText == null ? null : value(path + ".asOf", () -> AsOfDate.parse(asOfText));
        steps.add(new ImportStep(path, new RecordAnnualActual(sheetId, fiscalYear, key, value, note, asOf, estimated,
                status, achievedOn, null), null));
    }

    private FiscalYear fiscalYearOf(String path, Integer value) {
        Integer year = required(path, value);
        return year == null ? null : value(path, () -> FiscalYear.of(year));
    }

    private TargetKey keyOf(String path, String text) {
        String key = required(path, text);
        return key == null ? null : value(path, () -> TargetKey.of(key));
    }

    private <E extends Enum<E>> E enumOf(String path, Class<E> type, String text, boolean requiredValue) {
        if (text == null) {
            if (requiredValue) {
                error(path, path + " がありません");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException unknown) {
            error(path, "「" + text + "」は使えません（" + Arrays.toString(type.getEnumConstants()) + " のどれか）");
            return null;
        }
    }

    private <T> T required(String path, T value) {
        if (value == null) {
            error(path, path + " がありません");
        }
        return value;
    }

    private <T> T value(String path, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException invalid) {
            error(path, invalid.getMessage());
            return null;
        }
    }

    private void error(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
