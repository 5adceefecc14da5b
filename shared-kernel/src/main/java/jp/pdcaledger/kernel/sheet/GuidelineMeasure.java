package jp.pdcaledger.kernel.sheet;

/**
 * A measure of the national guideline under which a target (目標値) can be classified, so that municipal targets can
 * be summed per prefecture and nationally. The code stays the same from one period to the next where the guideline
 * keeps the measure (so years line up across periods); which measures a period has, and the percentage it asks
 * for, is its {@link GuidelineEdition}.
 */
public enum GuidelineMeasure {
    COMMUNITY_TRANSITION(GuidelineArea.FACILITY_TO_COMMUNITY, "地域生活への移行者数"),
    FACILITY_RESIDENTS_REDUCTION(GuidelineArea.FACILITY_TO_COMMUNITY, "施設入所者数の削減"),
    MENTAL_HEALTH_CONSULTATION_FORUM(GuidelineArea.MENTAL_HEALTH_CARE_SYSTEM, "保健・医療・福祉関係者による協議の場"),
    COMMUNITY_LIVING_BASE(GuidelineArea.COMMUNITY_LIVING_BASES, "地域生活支援拠点等の整備"),
    GENERAL_EMPLOYMENT_TRANSITION(GuidelineArea.WELFARE_TO_EMPLOYMENT, "福祉施設から一般就労への移行者数"),
    EMPLOYMENT_TRANSITION_SUPPORT(GuidelineArea.WELFARE_TO_EMPLOYMENT, "就労移行支援事業"),
    EMPLOYMENT_CONTINUATION_A(GuidelineArea.WELFARE_TO_EMPLOYMENT, "就労継続支援A型事業"),
    EMPLOYMENT_CONTINUATION_B(GuidelineArea.WELFARE_TO_EMPLOYMENT, "就労継続支援B型事業"),
    EMPLOYMENT_RETENTION_SUPPORT(GuidelineArea.WELFARE_TO_EMPLOYMENT, "就労定着支援事業"),
    CHILD_DEVELOPMENT_SUPPORT_CENTER(GuidelineArea.CHILD_SUPPORT, "児童発達支援センターの設置"),
    NURSERY_VISIT_SUPPORT(GuidelineArea.CHILD_SUPPORT, "保育所等訪問支援の提供体制"),
    SEVERE_DISABILITY_CHILD_SERVICES(GuidelineArea.CHILD_SUPPORT, "重症心身障害児を支援する事業所の確保"),
    MEDICAL_CARE_CHILD_COORDINATION(GuidelineArea.CHILD_SUPPORT, "医療的ケア児支援の協議の場・コーディネーター"),
    CONSULTATION_SUPPORT_SYSTEM(GuidelineArea.CONSULTATION_SUPPORT, "相談支援体制の充実・強化"),
    SERVICE_QUALITY_IMPROVEMENT(GuidelineArea.SERVICE_QUALITY, "障害福祉サービス等の質の向上");

    private final GuidelineArea area;
    private final String label;

    GuidelineMeasure(GuidelineArea area, String label) {
        this.area = area;
        this.label = label;
    }

    public GuidelineArea area() {
        return area;
    }

    public String label() {
        return label;
    }
}
