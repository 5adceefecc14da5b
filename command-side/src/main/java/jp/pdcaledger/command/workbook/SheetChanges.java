package jp.pdcaledger.command.workbook;

import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.ClassifyTarget;
import jp.pdcaledger.kernel.command.RespondToCouncilOpinion;
import jp.pdcaledger.kernel.command.CorrectAnnualActual;
import jp.pdcaledger.kernel.command.PlanImprovement;
import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
import jp.pdcaledger.kernel.command.SheetCommand;
import jp.pdcaledger.kernel.command.ReviseEvaluation;
import jp.pdcaledger.kernel.command.ReviseImprovement;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.AsOfDate;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.sheet.NumberLimits;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.workbook.InvalidWorkbookException;
import jp.pdcaledger.workbook.InvalidWorkbookException.CellError;
import jp.pdcaledger.workbook.SheetLayout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What an uploaded workbook changes in a sheet, fiscal year by fiscal year in the workflow's order, each as the
 * command the HTTP API would take for it. What the workflow never allows (a recorded actual, opinion or improvement
 * erased, an opinion rewritten) is refused here, naming the cell; everything else is left to the
 * aggregate's rules when the commands are sent.
 */
final class SheetChanges {

    private final SheetId sheetId;
    private final SheetLayout cells;
    private final String reason;
    private final long version;
    private final List<Step> steps = new ArrayList<>();
    private final List<CellError> errors = new ArrayList<>();

    private SheetChanges(SheetId sheetId, SheetLayout cells, String reason, long version) {
        this.sheetId = sheetId;
        this.cells = cells;
        this.reason = reason;
        this.version = version;
    }

    /** A change and the command that makes it. */
    record Step(SheetChange change, SheetCommand command) {
    }

    /**
     * {@code reason} goes into corrections and revisions (null leaves them without, for the aggregate to refuse);
     * the first command expects the sheet at {@code version}, the one the sheet was compared at.
     */
    static List<Step> between(SheetId sheetId, PdcaSheetDocument sheet, PdcaSheetDocument workbook,
                              SheetLayout cells, String reason, long version) {
        return between(sheetId, sheet, workbook, cells, reason, version, false);
    }

    /**
     * {@code answersAndMeasures}: whether the workbook says the answers to the opinions and the targets' measures
     * (a workbook written before it could says nothing of them, which changes nothing).
     */
    static List<Step> between(SheetId sheetId, PdcaSheetDocument sheet, PdcaSheetDocument workbook,
                              SheetLayout cells, String reason, long version, boolean answersAndMeasures) {
        SheetChanges diff = new SheetChanges(sheetId, cells, reason, version);
        if (answersAndMeasures) {
            diff.measures(sheet.targets(), workbook.targets());
        }
        TreeSet<Integer> years = new TreeSet<>();
        sheet.fiscalYears().forEach(year -> years.add(year.fiscalYear()));
        workbook.fiscalYears().forEach(year -> years.add(year.fiscalYear()));
        for (int year : years) {
            diff.fiscalYear(year, yearOf(sheet, year), yearOf(workbook, year));
            if (answersAndMeasures) {
                diff.answers(FiscalYear.of(year), yearOf(sheet, year), yearOf(workbook, year));
            }
        }
        if (!diff.errors.isEmpty()) {
            throw new InvalidWorkbookException(diff.errors);
        }
        return List.copyOf(diff.steps);
    }

    private void fiscalYear(int year, PdcaSheetDocument.FiscalYear before, PdcaSheetDocument.FiscalYear after) {
        FiscalYear fiscalYear = FiscalYear.of(year);
        actuals(fiscalYear, targetActuals(before), targetActuals(after));
        actuals(fiscalYear, activityActuals(before), activityActuals(after));
        evaluation(fiscalYear, before, after);
        opinions(fiscalYear, before, after);
        improvement(fiscalYear, before.improvement(), after.improvement());
    }

    /** {@code asOf} as the document writes it: null for 31 March at the end of the fiscal year. */
    private record Reported(BigDecimal value, String note, String asOf, String status, String achievedOn) {

        Reported(BigDecimal value, String note, String asOf) {
            this(value, note, asOf, null, null);
        }

        boolean sameAs(Reported other) {
            return NumberLimits.sameValue(value, other.value) && Objects.equals(note, other.note)
                    && Objects.equals(asOf, other.asOf) && Objects.equals(status, other.status)
                    && Objects.equals(achievedOn, other.achievedOn);
        }

        LocalDate asOfDate() {
            return AsOfDate.parseOrNull(asOf);
        }

        /** A QUALITATIVE target's status, as the workbook read it (a name of the fixed set), or null. */
        QualitativeStatus qualitativeStatus() {
            return status == null ? null : QualitativeStatus.valueOf(status);
        }

        LocalDate achievedOnDate() {
            return AsOfDate.parseOrNull(achievedOn);
        }
    }

    private void actuals(FiscalYear fiscalYear, Map<String, Reported> before, Map<String, Reported> after) {
        int year = fiscalYear.value();
        before.forEach((key, reported) -> {
            if (!after.containsKey(key)) {
                error(cells.actualCell(year, key), "記録済みの実績は消せません（訂正するなら値を書き換えてください）");
            }
        });
        after.forEach((key, reported) -> {
            Reported earlier = before.get(key);
            if (earlier == null) {
                add(cells.actualCell(year, key), year, key, reported, null, false,
                        expected -> new RecordAnnualActual(sheetId, fiscalYear, TargetKey.of(key), reported.value(),
                                reported.note(), reported.asOfDate(), false, reported.qualitativeStatus(),
                                reported.achievedOnDate(), expected));
            } else if (!earlier.sameAs(reported)) {
                // the note cell also holds the as-of date (SheetWorkbook.noteWithAsOf)
                String cell = NumberLimits.sameValue(earlier.value(), reported.value())
                        && Objects.equals(earlier.status(), reported.status())
                        ? cells.actualNoteCell(year, key) : cells.actualCell(year, key);
                add(cell, year, key, reported, null, true, expected -> new CorrectAnnualActual(
                        sheetId, fiscalYear, TargetKey.of(key), reported.value(), reported.note(),
                        reported.asOfDate(), reported.qualitativeStatus(), reported.achievedOnDate(), reason,
                        expected));
            }
        });
    }

    /** The evaluation and its grade (on a graded sheet) go together: a change of either revises the evaluation. */
    private void evaluation(FiscalYear fiscalYear, PdcaSheetDocument.FiscalYear beforeYear,
                            PdcaSheetDocument.FiscalYear afterYear) {
        String before = beforeYear.evaluation();
        String after = afterYear.evaluation();
        String grade = afterYear.grade();
        String cell = cells.evaluationCell(fiscalYear.value());
        String changed = Objects.equals(before, after) ? cells.gradeCell(fiscalYear.value()) : cell;
        if (before != null && after == null) {
            error(cell, "提出済みの評価は消せません");
        } else if (after == null && grade != null) {
            error(cells.gradeCell(fiscalYear.value()), "評価のない年度に評価の区分は付けられません");
        } else if (before == null && after != null) {
            add(cell, fiscalYear.value(), null, null, after, false,
                    expected -> new SubmitEvaluation(sheetId, fiscalYear, after, grade, expected));
        } else if (before != null && (!before.equals(after) || !Objects.equals(beforeYear.grade(), grade))) {
            add(changed, fiscalYear.value(), null, null, after, true,
                    expected -> new ReviseEvaluation(sheetId, fiscalYear, after, grade, reason, expected));
        }
    }

    private void opinions(FiscalYear fiscalYear, PdcaSheetDocument.FiscalYear before, PdcaSheetDocument.FiscalYear after) {
        String cell = cells.opinionsCell(fiscalYear.value());
        List<String> heard = before.councilOpinions();
        List<String> uploaded = after.councilOpinions();
        if (uploaded.size() < heard.size() || !uploaded.subList(0, heard.size()).equals(heard)) {
            error(cell, "記録済みの協議会等意見は変更・削除できません（新しい意見を後に書き足すことだけができます）");
            return;
        }
        if (Boolean.TRUE.equals(before.noCouncilOpinion()) && !Boolean.TRUE.equals(after.noCouncilOpinion())) {
            error(cell, "記録済みの「特になし」は取り消せません");
            return;
        }
        for (String opinion : uploaded.subList(heard.size(), uploaded.size())) {
            add(cell, fiscalYear.value(), null, null, opinion, false,
                    expected -> new AddCouncilOpinion(sheetId, fiscalYear, opinion, expected));
        }
        if (!Boolean.TRUE.equals(before.noCouncilOpinion()) && Boolean.TRUE.equals(after.noCouncilOpinion())) {
            add(cell, fiscalYear.value(), null, null, null, false,
                    expected -> new RecordNoCouncilOpinion(sheetId, fiscalYear, expected));
        }
    }

    private void improvement(FiscalYear fiscalYear, String before, String after) {
        String cell = cells.improvementCell(fiscalYear.value());
        if (before == null && after != null) {
            add(cell, fiscalYear.value(), null, null, after, false,
                    expected -> new PlanImprovement(sheetId, fiscalYear, after, expected));
        } else if (before != null && after == null) {
            error(cell, "記録済みの改善（次年度の取組）は消せません");
        } else if (before != null && !before.equals(after)) {
            add(cell, fiscalYear.value(), null, null, after, true,
                    expected -> new ReviseImprovement(sheetId, fiscalYear, after, reason, expected));
        }
    }

    /**
     * A target's guideline measure chosen in the workbook classifies it ({@code ClassifyTarget}); a classification
     * cannot be taken back (no command does), so a measure emptied is refused naming its cell.
     */
    private void measures(List<PdcaSheetDocument.Target> before, List<PdcaSheetDocument.Target> after) {
        for (PdcaSheetDocument.Target target : after) {
            String measure = target.measure();
            String earlier = before.stream().filter(each -> each.key().equals(target.key())).findFirst()
                    .map(PdcaSheetDocument.Target::measure).orElse(null);
            if (Objects.equals(earlier, measure)) {
                continue;
            }
            String cell = cells.measureCell(target.key());
            if (measure == null) {
                error(cell, "基本指針の施策の分類は外せません（別の施策を選ぶことはできます）");
                continue;
            }
            add(cell, null, target.key(), null, measure, false, expected -> new ClassifyTarget(sheetId,
                    TargetKey.of(target.key()), GuidelineMeasure.valueOf(measure), expected));
        }
    }

    /**
     * An answer to an opinion given in the workbook ({@code RespondToCouncilOpinion}); a changed answer revises it,
     * which needs a reason like any revision. An answer cannot be taken back, so one emptied is refused.
     */
    private void answers(FiscalYear fiscalYear, PdcaSheetDocument.FiscalYear before, PdcaSheetDocument.FiscalYear after) {
        int year = fiscalYear.value();
        for (PdcaSheetDocument.CouncilOpinionAnswer earlier : before.councilOpinionAnswers()) {
            if (after.councilOpinionAnswers().stream().noneMatch(answer -> earlier.opinion().equals(answer.opinion()))) {
                error(cells.answerCell(year, earlier.opinion()), "記録済みの対応（" + earlier.opinion()
                        + "件目の意見への対応）は消せません（直すなら書き換えて、理由を添えてください）");
            }
        }
        for (PdcaSheetDocument.CouncilOpinionAnswer answer : after.councilOpinionAnswers()) {
            PdcaSheetDocument.CouncilOpinionAnswer earlier = before.councilOpinionAnswers().stream()
                    .filter(each -> answer.opinion().equals(each.opinion())).findFirst().orElse(null);
            if (answer.equals(earlier)) {
                continue;
            }
            boolean revision = earlier != null;
            add(cells.answerCell(year, answer.opinion()), year, null, null, answer.text(), revision,
                    expected -> new RespondToCouncilOpinion(sheetId, fiscalYear, answer.opinion(),
                            OpinionResponse.valueOf(answer.response()), answer.text(), revision ? reason : null,
                            expected));
        }
    }

    /** The change is named by its command's type, the name the API takes it by. */
    private void add(String cell, Integer year, String key, Reported reported, String text,
                     boolean reasonRequired, Function<Long, SheetCommand> command) {
        // Only the first command expects a version: the ones after it follow from it in the same transaction.
        SheetCommand expectingVersion = command.apply(steps.isEmpty() ? version : null);
        steps.add(new Step(new SheetChange(cell, year, expectingVersion.getClass().getSimpleName(), key, reported == null ? null : reported.value(),
                reported == null ? null : reported.note(), text, reasonRequired), expectingVersion));
    }

    private void error(String cell, String message) {
        errors.add(new CellError(cell, message));
    }

    private static Map<String, Reported> targetActuals(PdcaSheetDocument.FiscalYear year) {
        Map<String, Reported> reported = new LinkedHashMap<>();
        year.actuals().forEach(actual -> reported.put(actual.target(),
                new Reported(actual.value(), actual.note(), actual.asOf(), actual.status(), actual.achievedOn())));
        return reported;
    }

    private static Map<String, Reported> activityActuals(PdcaSheetDocument.FiscalYear year) {
        Map<String, Reported> reported = new LinkedHashMap<>();
        year.activityActuals().forEach(actual -> reported.put(actual.indicator(),
                new Reported(actual.value(), actual.note(), actual.asOf())));
        return reported;
    }

    private static PdcaSheetDocument.FiscalYear yearOf(PdcaSheetDocument document, int fiscalYear) {
        return document.fiscalYears().stream().filter(year -> year.fiscalYear() == fiscalYear).findFirst()
                .orElse(new PdcaSheetDocument.FiscalYear(fiscalYear, List.of(), List.of(), null, List.of(), false, null));
    }
}
