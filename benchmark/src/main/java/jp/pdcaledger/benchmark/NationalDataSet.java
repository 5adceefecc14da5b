package jp.pdcaledger.benchmark;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic national data set: for each municipality (valid JIS X 0402 codes) one sheet per outcome target of
 * the 6th period (FY2021–FY2023), with targets of every kind DOMAIN.md lists (increasing, decreasing with a
 * baseline before the period, cumulative, percentages with decimals, maintained, no numeric target, reference
 * rows), activity indicators, and every fiscal year reported through the council to the improvement. Texts are
 * Japanese sentences of the seed's lengths. The same seed always gives the same documents.
 */
public final class NationalDataSet {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2023;

    private static final String[] PREFECTURES = {"北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
            "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県",
            "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"};
    private static final String[] OUTCOMES = {"福祉施設の入所者の地域生活への移行",
            "精神障害にも対応した地域包括ケアシステムの構築", "地域生活支援拠点等が有する機能の充実",
            "福祉施設から一般就労への移行等", "障害児支援の提供体制の整備等", "相談支援体制の充実・強化等",
            "障害福祉サービス等の質を向上させるための取組に係る体制の構築", "発達障害者等に対する支援"};
    private static final String[] DEPARTMENTS = {"保健福祉局 障害福祉部", "健康福祉部 障害福祉課", "福祉部 障がい福祉課",
            "市民福祉部 障害者支援課", null};
    private static final String[] SENTENCES = {
            "国の指針に基づき、令和５年度末までの目標を設定しました。",
            "自立支援協議会において、地域課題を踏まえた協議を行いました。",
            "障害のある人の高齢化や「親亡き後」を見据えて、安心した地域での暮らしのための体制整備を進めています。",
            "相談支援事業所との連携を強化し、緊急時の受入先の確保に取り組みました。",
            "既存の社会資源を活用して、それらを効果的につなぐことを中心に整備を進めているところです。",
            "地域の人材の活用や、様々な職種によるアウトリーチなど、いただいたご意見を参考に取組を進めてまいります。",
            "実績は目標値に届いていないものの、前年度と比べて着実に増加しています。",
            "新型コロナウイルス感染症の影響により、体験の機会の提供が十分にできませんでした。",
            "引き続き、関係機関と連携しながら、必要な機能の強化、拡充に向けた検討を進めてまいります。",
            "障害のある人の家庭を孤立させない視点を持って、協議会で議論を深めながら整備を進めてまいります。",
            "コーディネーターを基幹相談支援センターに配置し、地域の体制づくりを進めました。",
            "就労移行支援事業所と企業との連携を図り、一般就労への移行者数の増加に努めました。"};
    private static final String[] OPINIONS = {"取り組みを具体化させて欲しいです。", "専門人材の確保と育成が重要だと思う。",
            "施設にこだわらず、地域の人材を生かした支援が必要と思う。", "実績の分析をもう少し丁寧に示してほしい。",
            "当事者や家族の声を反映する仕組みを検討してほしい。"};

    private final Random random;
    private final boolean classified;

    public NationalDataSet(long seed) {
        this(seed, false);
    }

    /**
     * {@code classified}: each target that a guideline measure fits carries it (issue 18, item 3), for the roll-up;
     * the same documents otherwise (no random draw depends on it), so that earlier figures stay comparable.
     */
    public NationalDataSet(long seed, boolean classified) {
        this.random = new Random(seed);
        this.classified = classified;
    }

    /** Valid municipality codes, spread over the prefectures: 1,741 gives the country. */
    public static List<String> municipalityCodes(int count) {
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; codes.size() < count; i++) {
            int prefecture = i % 47 + 1;
            int city = 201 + i / 47;
            String five = String.format("%02d%03d", prefecture, city);
            codes.add(five + checkDigit(five));
        }
        return codes;
    }

    static int checkDigit(String five) {
        int[] weights = {6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (five.charAt(i) - '0') * weights[i];
        }
        return (11 - sum % 11) % 10;
    }

    public List<PdcaSheetDocument> sheets(int municipalities, int sheetsPerMunicipality) {
        List<PdcaSheetDocument> documents = new ArrayList<>();
        List<String> codes = municipalityCodes(municipalities);
        for (int m = 0; m < codes.size(); m++) {
            String code = codes.get(m);
            String name = PREFECTURES[Integer.parseInt(code.substring(0, 2)) - 1] + "第" + (m / 47 + 1) + "市";
            String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            for (int outcome = 1; outcome <= sheetsPerMunicipality; outcome++) {
                documents.add(sheet(code, name, department, outcome));
            }
        }
        return documents;
    }

    private PdcaSheetDocument sheet(String code, String name, String department, int outcome) {
        List<PdcaSheetDocument.Target> targets = new ArrayList<>();
        int targetCount = 1 + random.nextInt(3);
        for (int t = 0; t < targetCount; t++) {
            targets.add(target("t" + (t + 1), random.nextInt(7)));
        }
        List<PdcaSheetDocument.ActivityIndicator> indicators = new ArrayList<>();
        int indicatorCount = random.nextInt(3);
        for (int i = 0; i < indicatorCount; i++) {
            indicators.add(indicator("a" + (i + 1)));
        }
        // a target stated in words is achieved in one year of the period, or not within it (LAST_YEAR + 1)
        java.util.Map<String, Integer> achievedIn = new java.util.HashMap<>();
        targets.stream().filter(target -> target.kind().equals("QUALITATIVE"))
                .forEach(target -> achievedIn.put(target.key(), FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 2)));
        List<PdcaSheetDocument.FiscalYear> years = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            years.add(fiscalYear(year, targets, indicators, achievedIn));
        }
        return new PdcaSheetDocument(PdcaSheetDocument.FORMAT, new PdcaSheetDocument.Municipality(code, name),
                List.of("第６期" + name + "障害福祉計画", "第２期" + name + "障害児福祉計画"),
                new PdcaSheetDocument.Period(FIRST_YEAR, LAST_YEAR), department,
                random.nextInt(5) == 0 ? name + "障害者施策推進協議会 専門部会" : name + "障害者自立支援協議会",
                new PdcaSheetDocument.OutcomeTarget(outcome, OUTCOMES[(outcome - 1) % OUTCOMES.length]),
                targets, indicators, years);
    }

    /** Kinds: 0 increase, 1 decrease from a baseline before the period, 2 cumulative, 3 percentage, 4 maintain,
     *  5 stated in words (QUALITATIVE, 「協議の場を設置する」: about one sheet in four has one), 6 reference row. */
    private PdcaSheetDocument.Target target(String key, int kind) {
        PdcaSheetDocument.Target target = unclassifiedTarget(key, kind);
        String measure = !classified ? null : switch (kind) {
            case 1 -> "FACILITY_RESIDENTS_REDUCTION";
            case 2 -> "COMMUNITY_TRANSITION";
            case 4 -> "COMMUNITY_LIVING_BASE";
            case 5 -> "MENTAL_HEALTH_CONSULTATION_FORUM";
            case 0 -> "GENERAL_EMPLOYMENT_TRANSITION";
            default -> null;
        };
        return measure == null ? target : new PdcaSheetDocument.Target(target.key(), target.name(), target.kind(),
                target.unit(), target.baseline(), target.targetValue(), target.deadlineFiscalYear(), target.direction(),
                target.cumulative(), target.note(), target.rationale(), target.goalText(), measure);
    }

    private PdcaSheetDocument.Target unclassifiedTarget(String key, int kind) {
        String rationale = prose(2);
        return switch (kind) {
            case 1 -> {
                int baseline = 1000 + random.nextInt(4000);
                yield new PdcaSheetDocument.Target(key, "施設入所者数", "NUMERIC", "人",
                        new PdcaSheetDocument.Baseline(BigDecimal.valueOf(baseline), 2019),
                        BigDecimal.valueOf(Math.round(baseline * 0.984)), LAST_YEAR, "DECREASE", false, null, rationale);
            }
            case 2 -> new PdcaSheetDocument.Target(key, "地域生活移行者数（累計）", "NUMERIC", "人", null,
                    BigDecimal.valueOf(30 + random.nextInt(470)), LAST_YEAR, "INCREASE", true, "令和元年度末からの累計", rationale);
            case 3 -> new PdcaSheetDocument.Target(key, "就労定着率", "NUMERIC", "%", null,
                    new BigDecimal("78.9"), LAST_YEAR, "INCREASE", false, null, rationale);
            case 4 -> new PdcaSheetDocument.Target(key, "地域生活支援拠点等の数", "NUMERIC", "箇所", null,
                    BigDecimal.valueOf(1 + random.nextInt(3)), LAST_YEAR, "MAINTAIN", false, "地域生活支援拠点又は面的な体制", rationale);
            case 5 -> new PdcaSheetDocument.Target(key, "保健・医療・福祉関係者による協議の場の設置", "QUALITATIVE", null,
                    null, null, LAST_YEAR, null, false, null, rationale, "協議の場を設置する");
            case 6 -> new PdcaSheetDocument.Target(key, "（参考）入所待機者数", "REFERENCE", "人", null, null, null, null,
                    false, null, null);
            default -> new PdcaSheetDocument.Target(key, "一般就労への移行者数", "NUMERIC", "人", null,
                    BigDecimal.valueOf(10 + random.nextInt(490)), LAST_YEAR, "INCREASE", false, null, rationale);
        };
    }

    private PdcaSheetDocument.ActivityIndicator indicator(String key) {
        boolean monthly = random.nextBoolean();
        List<PdcaSheetDocument.Planned> planned = new ArrayList<>();
        int base = 20 + random.nextInt(300);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            planned.add(new PdcaSheetDocument.Planned(year, BigDecimal.valueOf(base + (year - FIRST_YEAR) * 5L)));
        }
        return new PdcaSheetDocument.ActivityIndicator(key, monthly ? "共同生活援助の利用者数" : "計画相談支援の件数",
                monthly ? "人/月" : "件/年", planned);
    }

    private PdcaSheetDocument.FiscalYear fiscalYear(int year, List<PdcaSheetDocument.Target> targets,
                                                    List<PdcaSheetDocument.ActivityIndicator> indicators,
                                                    java.util.Map<String, Integer> achievedIn) {
        List<PdcaSheetDocument.Actual> actuals = targets.stream().map(target -> target.kind().equals("QUALITATIVE")
                ? status(target.key(), year, achievedIn.get(target.key()))
                : new PdcaSheetDocument.Actual(target.key(), actual(target), null)).toList();
        List<PdcaSheetDocument.ActivityActual> activityActuals = indicators.stream().map(indicator ->
                new PdcaSheetDocument.ActivityActual(indicator.key(), BigDecimal.valueOf(10 + random.nextInt(400)),
                        null)).toList();
        int opinions = random.nextInt(4);
        List<String> councilOpinions = new ArrayList<>();
        for (int i = 0; i < opinions; i++) {
            councilOpinions.add(OPINIONS[random.nextInt(OPINIONS.length)]);
        }
        return new PdcaSheetDocument.FiscalYear(year, actuals, activityActuals, prose(4), councilOpinions,
                opinions == 0, prose(3));
    }

    private BigDecimal actual(PdcaSheetDocument.Target target) {
        if (target.unit().equals("%")) {
            return BigDecimal.valueOf(600 + random.nextInt(300), 1);
        }
        if (target.baseline() != null) {
            return target.baseline().value().multiply(BigDecimal.valueOf(0.97 + random.nextDouble() * 0.04))
                    .setScale(0, RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf(random.nextInt(target.targetValue() == null ? 50 : target.targetValue().intValue() + 5));
    }

    /** Not started in the first year of a late one, in progress until the year achieved, achieved from then on. */
    private static PdcaSheetDocument.Actual status(String key, int year, int achieved) {
        String status = year >= achieved ? "ACHIEVED" : year == FIRST_YEAR && achieved > FIRST_YEAR + 1 ? "NOT_STARTED"
                : "IN_PROGRESS";
        return new PdcaSheetDocument.Actual(key, null, null, null, null, status,
                year >= achieved ? achieved + "-10-01" : null);
    }

    private String prose(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0 && random.nextBoolean()) {
                text.append('\n');
            }
            text.append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        return text.toString();
    }
}
