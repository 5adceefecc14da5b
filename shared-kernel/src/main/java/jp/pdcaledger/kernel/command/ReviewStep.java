package jp.pdcaledger.kernel.command;

/**
 * The steps of a fiscal year's review, in the order the workflow takes them: 実施(D) actuals → 評価(C) evaluation →
 * 協議会等意見 the council → 改善(A) improvement → 締切 close. The one home of that order: the aggregate refuses a step
 * whose predecessor is missing, the views say how far a year has come, and the pages name and link each step from
 * here.
 */
public enum ReviewStep {

    ACTUALS(RecordAnnualActual.class, "実績（Ｄ）", "実績記録済", "actual"),
    EVALUATION(SubmitEvaluation.class, "評価（Ｃ）", "評価済", "evaluation"),
    COUNCIL(AddCouncilOpinion.class, "協議会等意見", "協議会等意見済", "opinion"),
    IMPROVEMENT(PlanImprovement.class, "改善（Ａ）", "改善策定済", "improvement"),
    CLOSE(CloseReview.class, "締切", "締切", "close");

    private final Class<?> command;
    private final String label;
    private final String doneLabel;
    private final String slug;

    ReviewStep(Class<?> command, String label, String doneLabel, String slug) {
        this.command = command;
        this.label = label;
        this.doneLabel = doneLabel;
        this.slug = slug;
    }

    /** The command that takes the step, by the name the API and the refusals use ({@code missingStep}). */
    public String command() {
        return command.getSimpleName();
    }

    /** The step as the paper names it. */
    public String label() {
        return label;
    }

    /** A year that has come this far, as a status reads in Japanese (実績記録済 …). */
    public String doneLabel() {
        return doneLabel;
    }

    /** The step in a page's address and form names. */
    public String slug() {
        return slug;
    }

    /** The step after this one; null after the last. */
    public ReviewStep next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    /** Whether the council takes this step (the others are the department's). */
    public boolean council() {
        return this == COUNCIL;
    }

    public boolean comesBefore(ReviewStep other) {
        return compareTo(other) < 0;
    }
}
