package jp.pdcaledger.kernel.sheet;

/**
 * The areas of outcome targets (成果目標) in the national guideline (障害福祉サービス等及び障害児通所支援等の円滑な実施を確保する
 * ための基本的な指針), as its 第5期–第7期 editions name them; each {@link GuidelineMeasure} belongs to one.
 */
public enum GuidelineArea {
    FACILITY_TO_COMMUNITY("施設入所者の地域生活への移行"),
    MENTAL_HEALTH_CARE_SYSTEM("精神障害にも対応した地域包括ケアシステムの構築"),
    COMMUNITY_LIVING_BASES("地域生活支援拠点等"),
    WELFARE_TO_EMPLOYMENT("福祉施設から一般就労への移行"),
    CHILD_SUPPORT("障害児支援の提供体制の整備等"),
    CONSULTATION_SUPPORT("相談支援体制の充実・強化等"),
    SERVICE_QUALITY("障害福祉サービス等の質を向上させるための取組");

    private final String label;

    GuidelineArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
