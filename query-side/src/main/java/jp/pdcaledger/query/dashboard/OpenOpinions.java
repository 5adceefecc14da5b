package jp.pdcaledger.query.dashboard;

import jp.pdcaledger.query.sheetview.SheetView;

import java.util.HashMap;
import java.util.Map;

/**
 * The council opinions of a fiscal year that are still open: not answered yet, or answered 今後検討 by the latest
 * answer (the kernel's {@code OpinionResponse.open()}). What a department has still to do about its council's word.
 */
public final class OpenOpinions {

    private OpenOpinions() {
    }

    public static int of(SheetView.FiscalYearReview year) {
        Map<Integer, SheetView.OpinionAnswer> latest = new HashMap<>();
        year.opinionAnswers.forEach(answer -> latest.put(answer.opinion(), answer));
        int open = 0;
        for (int opinion = 1; opinion <= year.councilOpinions.size(); opinion++) {
            SheetView.OpinionAnswer answer = latest.get(opinion);
            if (answer == null || answer.response().open()) {
                open++;
            }
        }
        return open;
    }
}
