package jp.pdcaledger.query.dashboard;

import jp.pdcaledger.query.sheetview.SheetView;


/**
 * The council opinions of a fiscal year that are still open: not answered yet, or answered 今後検討 by the latest
 * answer (the kernel's {@code OpinionResponse.open()}). What a department has still to do about its council's word.
 */
public final class OpenOpinions {

    private OpenOpinions() {
    }

    public static int of(SheetView.FiscalYearReview year) {
        int open = 0;
        for (int opinion = 1; opinion <= year.councilOpinions.size(); opinion++) {
            if (year.opinionOpen(opinion)) {
                open++;
            }
        }
        return open;
    }
}
