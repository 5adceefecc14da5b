package jp.pdcaledger.query.sheetview;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;

import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.TargetKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sheet as staff read it: header, targets in force (with their revisions), activity indicators, and the review
 * of every fiscal year of the period. It is what {@link SheetFold} makes of a sheet's events, stored as a JSON
 * document by the projection and computed on the fly for an as-of view.
 */
public class SheetView {

    public String sheetId;
    /** The sequence number of the last event folded in: the version clients send back as If-Match. */
    public long version = -1;
    public Instant lastChangedAt;
    public Municipality municipality;
    public List<String> planTitles = new ArrayList<>();
    public Period period;
    public String department;
    public String councilName;
    public OutcomeTarget outcomeTarget;
    public List<Target> targets = new ArrayList<>();
    public List<ActivityIndicator> activityIndicators = new ArrayList<>();
    public List<FiscalYearReview> fiscalYears = new ArrayList<>();
    /**
     * The sheet of the period before, when this one was derived from it by a rollover; else null, and then not
     * written at all, so that the stored document of a sheet never rolled over is what it always was.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Lineage predecessor;
    /** The sheet of the next period, once this one was rolled over; else null (not written). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Lineage successor;
    /**
     * Set when folding an event into this view stopped part-way ({@link SheetFold#apply} threw): the view may hold part
     * of that event under the version of the one before, so {@link StoredViews} never shares its document with another
     * projection. Never stored.
     */
    @JsonIgnore
    public transient boolean torn;

    /** Another period's sheet of the same outcome target, and when the link was made. */
    public record Lineage(String sheetId, Period period, Change linked) {
    }

    /** The grades the sheet's evaluations are graded on, best first (issue 21); null while none is defined. */
    public List<Grade> gradeScale;

    /** A grade of the sheet's scale: its code (A, ◎) and what it means (目標以上), or no label. */
    public record Grade(String code, String label) {
    }

    public record Municipality(String code, String name) {
    }

    public record Period(int firstFiscalYear, int lastFiscalYear) {
    }

    /** The number is null for a combined progress table (進捗状況の総括), which the title alone identifies. */
    public record OutcomeTarget(Integer number, String title) {

        /** As pages and lists print it: （3）地域生活支援拠点等の整備, or the title alone. */
        public String label() {
            return number == null ? title : "（" + number + "）" + title;
        }
    }

    public record Baseline(BigDecimal value, Integer fiscalYear) {
    }

    /** Who did a step, when, and why (for corrections and revisions). */
    public record Change(Instant at, String actor, String reason) {
    }

    public static class Target {
        public String key;
        public String name;
        public TargetKind kind;
        public String unit;
        public Baseline baseline;
        public BigDecimal targetValue;
        public Integer deadlineFiscalYear;
        public Direction direction;
        public boolean cumulative;
        public String note;
        public String rationale;
        /** A QUALITATIVE target's goal in words (issue 21); null for every other kind. */
        public String goalText;
        /** The guideline's measure it is classified under (issue 18); null, and then not stored, when unclassified. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public GuidelineMeasure measure;
        public Change defined;
        public List<TargetRevision> revisions = new ArrayList<>();
    }

    /** What a target was before a revision, and why it changed. */
    public record TargetRevision(Change change, BigDecimal previousTargetValue, Integer previousDeadlineFiscalYear,
                                 String previousRationale) {
    }

    public static class ActivityIndicator {
        public String key;
        public String name;
        public String unit;
        public List<Planned> planned = new ArrayList<>();
    }

    public record Planned(int fiscalYear, BigDecimal value) {
    }

    public static class FiscalYearReview {
        public int fiscalYear;
        /** As the sheet's tables print it: H30, R1, R2. */
        public String label;
        /** 各年度３月末現在: the day the actuals are reported as of. */
        public String asOfDate;
        public List<Actual> actuals = new ArrayList<>();
        public List<Actual> activityActuals = new ArrayList<>();
        public Text evaluation;
        /** The evaluation's grade, a code of the sheet's {@code gradeScale}; null for none (issue 21). */
        public String grade;
        public List<Text> councilOpinions = new ArrayList<>();
        public boolean noCouncilOpinion;
        public Change noCouncilOpinionRecorded;
        public Text improvement;
        /** The department's answers to the opinions, in the order given; the latest per opinion is in force. */
        public List<OpinionAnswer> opinionAnswers = new ArrayList<>();
        public ReviewStatus status = ReviewStatus.NOT_STARTED;
        public List<Change> closings = new ArrayList<>();
        public List<Change> reopenings = new ArrayList<>();
        /** Every publication (公表) of the year, the first first. */
        public List<Publication> publications = new ArrayList<>();
        /** Whether anything of the year was recorded after its last publication: what a republication would show. */
        public boolean changedSincePublication;

        /** The answer in force to the {@code opinion}-th opinion (from 1): the latest given, or null if none is. */
        public OpinionAnswer answerInForce(int opinion) {
            OpinionAnswer inForce = null;
            for (OpinionAnswer answer : opinionAnswers) {
                if (answer.opinion() == opinion) {
                    inForce = answer;
                }
            }
            return inForce;
        }

        /** Whether the {@code opinion}-th opinion still waits: no answer yet, or one that leaves it open (今後検討). */
        public boolean opinionOpen(int opinion) {
            OpinionAnswer answer = answerInForce(opinion);
            return answer == null || answer.response().open();
        }
    }

    /**
     * The year's {@code number}-th publication: the sheet as it stood at {@code version} (the sequence number of the
     * publication's event), with its erratum (正誤; null for the first).
     */
    public record Publication(String erratum, int number, Change published, long version) {
    }

    public static class Actual {
        public String key;
        public BigDecimal value;
        public String note;
        /** The date the value stands as of ({@code yyyy-MM-dd}) when given; null: the year's {@code asOfDate}. */
        public String asOf;
        /** An estimate (見込み, 推計) still waiting for its final figure (issue 21); false for a final figure. */
        public boolean estimated;
        /** A QUALITATIVE target's status (issue 21) in place of a value, and the date it was achieved; else null. */
        public QualitativeStatus status;
        public String achievedOn;
        public Change recorded;
        public List<Correction> corrections = new ArrayList<>();
        /** The final figure replacing the estimate this actual was recorded as; null while none came (or none was due). */
        public Confirmation confirmed;
    }

    /** When the final figure came, and the estimate it replaced (the value, note and as-of date recorded for it). */
    public record Confirmation(Change change, BigDecimal estimatedValue, String estimatedNote, String estimatedAsOf) {
    }

    /** {@code previousAsOf}: the actual's {@code asOf} before the correction (null: the year's {@code asOfDate}). */
    public record Correction(Change change, BigDecimal previousValue, String previousNote, String previousAsOf,
                             QualitativeStatus previousStatus, String previousAchievedOn) {

        public Correction(Change change, BigDecimal previousValue, String previousNote, String previousAsOf) {
            this(change, previousValue, previousNote, previousAsOf, null, null);
        }
    }

    public static class Text {
        public String text;
        public Change submitted;
        public List<TextRevision> revisions = new ArrayList<>();
    }

    /** {@code previousGrade}: an evaluation's grade before the revision (null: none; always null for other texts). */
    public record TextRevision(Change change, String previousText, String previousGrade) {
    }

    /** One answer to the {@code opinion}-th opinion (from 1); a revision says what it replaced. */
    public record OpinionAnswer(Change answered, int opinion, OpinionResponse previousResponse, String previousText,
                                OpinionResponse response, String text) {
    }
}
