package jp.pdcaledger.app.ui;

import jp.pdcaledger.command.writes.Actor;
import jp.pdcaledger.command.writes.SheetWriteScope;
import jp.pdcaledger.command.writes.SheetWriteScope.Action;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.command.ReviewStep;
import jp.pdcaledger.query.sheetview.ReviewStatus;
import jp.pdcaledger.query.sheetview.SheetView;
import org.springframework.security.core.Authentication;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which step the workflow allows next in each fiscal year that has begun, offered only to who may take it: the
 * review steps to STAFF of the sheet's municipality and department, the council's opinion to COUNCIL of its
 * municipality (and to that STAFF, as the council's secretariat): the write path's own rule
 * ({@link SheetWriteScope#allows}). The command decides again when it is sent.
 */
final class NextSteps {

    /** The step to offer, and for an actual the targets still without one. */
    record Step(String name, List<SheetView.Target> targetsWithoutActual) {
    }

    /**
     * What may still be put right in an open fiscal year, each with its reason: an actual already recorded (a
     * correction), the evaluation until the council has spoken on it (a revision), and the improvement once planned.
     */
    record Fixes(List<SheetView.Target> targetsWithActual, String evaluation, String improvement) {
    }

    /** A closed year's publication on offer: the first, or, once the year was corrected since, a republication. */
    record Publishing(boolean republication) {
    }

    private NextSteps() {
    }

    /**
     * The closed fiscal years the user may publish (公表; the sheet's own staff, or an admin): never published yet, or
     * changed since the last publication (then with an erratum). A year unchanged since is not offered again.
     */
    static Map<Integer, Publishing> publishing(SheetView sheet, Authentication user) {
        Map<Integer, Publishing> offers = new HashMap<>();
        if (!allows(sheet, user, Action.PUBLISH)) {
            return offers;
        }
        for (SheetView.FiscalYearReview year : sheet.fiscalYears) {
            if (year.status == ReviewStatus.CLOSED && (year.publications.isEmpty() || year.changedSincePublication)) {
                offers.put(year.fiscalYear, new Publishing(!year.publications.isEmpty()));
            }
        }
        return offers;
    }

    static Map<Integer, Fixes> fixes(SheetView sheet, Authentication user) {
        Map<Integer, Fixes> fixes = new HashMap<>();
        if (!mayReview(sheet, user)) {
            return fixes;
        }
        for (SheetView.FiscalYearReview year : sheet.fiscalYears) {
            String evaluation = year.status == ReviewStatus.EVALUATED ? year.evaluation.text : null;
            List<SheetView.Target> recorded = sheet.targets.stream().filter(target -> hasActual(year, target)).toList();
            String improvement = year.improvement == null ? null : year.improvement.text;
            if (year.status != ReviewStatus.CLOSED && (!recorded.isEmpty() || evaluation != null || improvement != null)) {
                fixes.put(year.fiscalYear, new Fixes(recorded, evaluation, improvement));
            }
        }
        return fixes;
    }

    /**
     * The fiscal years in which the council has given opinions and may give another: the council's hearing stays
     * open until the improvement is planned, one opinion per form, as many as the council has (AddCouncilOpinion
     * takes any number). After 特になし there is none to add.
     */
    static Set<Integer> furtherOpinions(SheetView sheet, Authentication user) {
        if (!allows(sheet, user, Action.COUNCIL_OPINION)) {
            return Set.of();
        }
        return sheet.fiscalYears.stream().filter(year -> year.status == ReviewStatus.COUNCIL_HEARD
                        && !year.noCouncilOpinion && !year.councilOpinions.isEmpty())
                .map(year -> year.fiscalYear).collect(Collectors.toSet());
    }

    /**
     * The fiscal years whose council opinions the user may answer (or answer again): every year with opinions, open or
     * closed, since answers often come with the next year's review and never reopen a year.
     */
    static Set<Integer> answerable(SheetView sheet, Authentication user) {
        if (!mayReview(sheet, user)) {
            return Set.of();
        }
        return sheet.fiscalYears.stream().filter(year -> !year.councilOpinions.isEmpty())
                .map(year -> year.fiscalYear).collect(Collectors.toSet());
    }

    /** Per fiscal year, the targets whose actual is still an estimate waiting for its final figure. */
    static Map<Integer, List<SheetView.Target>> estimates(SheetView sheet, Authentication user) {
        Map<Integer, List<SheetView.Target>> estimates = new HashMap<>();
        if (!mayReview(sheet, user)) {
            return estimates;
        }
        for (SheetView.FiscalYearReview year : sheet.fiscalYears) {
            List<SheetView.Target> waiting = sheet.targets.stream().filter(target -> year.actuals.stream()
                    .anyMatch(actual -> actual.key.equals(target.key) && actual.estimated)).toList();
            if (!waiting.isEmpty()) {
                estimates.put(year.fiscalYear, waiting);
            }
        }
        return estimates;
    }

    /** Whether the user may take the review's steps on this sheet, and so upload its edited workbook. */
    /** Whether the page offers to roll the period over: its last year closed, no successor yet, a user who defines. */
    static boolean rollingOver(SheetView sheet, Authentication user) {
        return sheet.successor == null && allows(sheet, user, Action.DEFINE) && !sheet.fiscalYears.isEmpty()
                && sheet.fiscalYears.get(sheet.fiscalYears.size() - 1).status == ReviewStatus.CLOSED;
    }

    /**
     * Whether the page offers to define the sheet's grade scale (評価の区分, issue 21): defined once, by who may define
     * the sheet's targets (ADMIN, or its own STAFF), as the API's {@code POST /api/sheets/{id}/grade-scale}.
     */
    static boolean definingGradeScale(SheetView sheet, Authentication user) {
        return sheet.gradeScale == null && allows(sheet, user, Action.DEFINE);
    }

    static boolean mayReview(SheetView sheet, Authentication user) {
        return allows(sheet, user, Action.REVIEW);
    }

    private static boolean hasActual(SheetView.FiscalYearReview year, SheetView.Target target) {
        return year.actuals.stream().anyMatch(actual -> actual.key.equals(target.key));
    }

    private static boolean allows(SheetView sheet, Authentication user, Action action) {
        return SheetWriteScope.allows(Actor.authorities(user), sheet.municipality.code(), sheet.department, action);
    }

    static Map<Integer, Step> of(SheetView sheet, Authentication user, Instant now) {
        boolean reviewer = mayReview(sheet, user);
        boolean council = allows(sheet, user, Action.COUNCIL_OPINION);
        Map<Integer, Step> steps = new HashMap<>();
        for (SheetView.FiscalYearReview year : sheet.fiscalYears) {
            if (!FiscalYear.of(year.fiscalYear).hasBegunAt(now)) {
                continue;
            }
            List<SheetView.Target> missing = sheet.targets.stream().filter(target -> !hasActual(year, target)).toList();
            String step;
            if (year.status == ReviewStatus.CLOSED) {
                step = reviewer ? "reopen" : null;
            } else {
                ReviewStep last = year.status.lastStepTaken();
                // a year stays at its actuals until every target has one
                ReviewStep next = last == null || last == ReviewStep.ACTUALS && !missing.isEmpty()
                        ? ReviewStep.ACTUALS : last.next();
                boolean mayTake = next.council() ? council : reviewer && (last != null || !sheet.targets.isEmpty());
                step = mayTake ? next.slug() : null;
            }
            if (step != null) {
                steps.put(year.fiscalYear, new Step(step, missing));
            }
        }
        return steps;
    }
}
