package jp.pdcaledger.app.ui;

import jp.pdcaledger.command.web.SheetWriteScope;
import jp.pdcaledger.command.web.SheetWriteScope.Action;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.query.sheetview.SheetView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

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

    private NextSteps() {
    }

    /** Whether the user may take the review's steps on this sheet, and so upload its edited workbook. */
    static boolean mayReview(SheetView sheet, Authentication user) {
        return SheetWriteScope.allows(authorities(user), sheet.municipality.code(), sheet.department, Action.REVIEW);
    }

    private static Set<String> authorities(Authentication user) {
        return user == null ? Set.of()
                : user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    static Map<Integer, Step> of(SheetView sheet, Authentication user, Instant now) {
        Set<String> authorities = authorities(user);
        boolean reviewer = mayReview(sheet, user);
        boolean council = SheetWriteScope.allows(authorities, sheet.municipality.code(), sheet.department,
                Action.COUNCIL_OPINION);
        Map<Integer, Step> steps = new HashMap<>();
        for (SheetView.FiscalYearReview year : sheet.fiscalYears) {
            if (!FiscalYear.of(year.fiscalYear).hasBegunAt(now)) {
                continue;
            }
            List<SheetView.Target> missing = sheet.targets.stream()
                    .filter(target -> year.actuals.stream().noneMatch(actual -> actual.key.equals(target.key))).toList();
            String step = switch (year.status) {
                case CLOSED -> reviewer ? "reopen" : null;
                case IMPROVEMENT_PLANNED -> reviewer ? "close" : null;
                case COUNCIL_HEARD -> reviewer ? "improvement" : null;
                case EVALUATED -> council ? "opinion" : null;
                case ACTUALS_RECORDED -> reviewer ? (missing.isEmpty() ? "evaluation" : "actual") : null;
                case NOT_STARTED -> reviewer && !sheet.targets.isEmpty() ? "actual" : null;
            };
            if (step != null) {
                steps.put(year.fiscalYear, new Step(step, missing));
            }
        }
        return steps;
    }
}
