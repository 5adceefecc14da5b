package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.query.sheetview.SheetView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The department's answers to the council's opinions as the sheet page writes them: the answer in force beside each
 * opinion, and, in a fiscal year's section, the previous year's opinions that are still open (not answered, or
 * answered 今後検討), which is where a department looks when it writes the next review.
 */
@Component("answers")
public class OpinionAnswers {

    /** An opinion of the previous year still open: its number in that year's list, its text, and its answer if any. */
    public record StillOpen(int opinion, String text, SheetView.OpinionAnswer answer) {

        public String status() {
            return answer == null ? "未回答" : answer.response().label();
        }
    }

    /** The answer in force to the {@code opinion}-th opinion of the year (from 1), or null if there is none. */
    public SheetView.OpinionAnswer latest(SheetView.FiscalYearReview year, int opinion) {
        return year.answerInForce(opinion);
    }

    public List<OpinionResponse> responses() {
        return List.of(OpinionResponse.values());
    }

    /** The opinions of the fiscal year before {@code year} on this sheet that are still open (none for its first). */
    public List<StillOpen> stillOpen(SheetView sheet, SheetView.FiscalYearReview year) {
        List<StillOpen> open = new ArrayList<>();
        sheet.fiscalYears.stream().filter(previous -> previous.fiscalYear == year.fiscalYear - 1).findFirst()
                .ifPresent(previous -> {
                    for (int opinion = 1; opinion <= previous.councilOpinions.size(); opinion++) {
                        if (previous.opinionOpen(opinion)) {
                            open.add(new StillOpen(opinion, previous.councilOpinions.get(opinion - 1).text,
                                    previous.answerInForce(opinion)));
                        }
                    }
                });
        return open;
    }
}
