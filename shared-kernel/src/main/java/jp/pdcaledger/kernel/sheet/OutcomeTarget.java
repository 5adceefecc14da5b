package jp.pdcaledger.kernel.sheet;

import java.util.Objects;

/**
 * The plan's outcome target (成果目標 (３) 地域生活支援拠点等の整備) that a sheet reports on. The number is null for a
 * sheet that reports on no numbered outcome target, such as a combined progress table (進捗状況の総括): its title then
 * identifies it within its municipality and plan period.
 * <p>
 * Stored in {@code SheetRegistered}. Widening the number from {@code int} to {@code Integer} left the stored form as
 * it was: every event stored before holds a JSON number there and reads back as the same number, so no revision and
 * no upcaster are needed; only events stored since may hold {@code null}.
 */
public record OutcomeTarget(Integer number, String title) {

    public OutcomeTarget {
        Objects.requireNonNull(title, "outcome target title");
    }

    /** As a message names it: 成果目標（3）地域生活支援拠点等の整備, or the title alone when there is no number. */
    public String label() {
        return number == null ? title : "成果目標（" + number + "）" + title;
    }
}
