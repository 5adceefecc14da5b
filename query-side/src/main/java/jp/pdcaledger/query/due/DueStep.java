package jp.pdcaledger.query.due;

/** What can be due on a sheet, who does it, and how the list says it. */
public enum DueStep {
    ACTUALS("実績の記録", Actor.STAFF),
    EVALUATION("評価（Ｃ）の提出", Actor.STAFF),
    COUNCIL_OPINION("協議会等の意見", Actor.COUNCIL),
    IMPROVEMENT("改善（Ａ）の記録", Actor.STAFF),
    CLOSE("年度の締切", Actor.STAFF),
    PUBLISH("公表", Actor.STAFF),
    OPINION_ANSWER("協議会等意見への対応", Actor.STAFF),
    /** An actual recorded as an estimate (見込み, 推計) still waiting for its final figure (issue 21). */
    ESTIMATE_CONFIRMATION("見込みの実績の確定", Actor.STAFF);

    /** Who acts: the department (STAFF) or its council (COUNCIL). */
    public enum Actor {
        STAFF("担当部局"), COUNCIL("協議会等");

        private final String label;

        Actor(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Actor actor;

    DueStep(String label, Actor actor) {
        this.label = label;
        this.actor = actor;
    }

    public String label() {
        return label;
    }

    public Actor actor() {
        return actor;
    }
}
