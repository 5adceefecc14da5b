package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.sheet.Prefecture;
import jp.pdcaledger.query.dashboard.Achievement;
import jp.pdcaledger.query.web.DashboardController.Dashboard;
import jp.pdcaledger.query.web.DashboardController.YearSteps;
import jp.pdcaledger.query.dashboard.DashboardRepository.GroupCount;
import jp.pdcaledger.query.dashboard.DashboardRepository.Scope;
import jp.pdcaledger.query.dashboard.DashboardRow;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard page as it is drawn: every text of its tables written once, here, so that the page as served and
 * the page redrawn by its script from {@code /dashboard/data} show the same thing, and the charts are drawn from the
 * same rows as the tables beside them. Three levels, so that a national dashboard stays readable: the prefectures
 * (one row each, with a count), the municipalities of one prefecture, and the targets of one municipality.
 *
 * @param level          {@code PREFECTURES}, {@code MUNICIPALITIES} or {@code TARGETS}
 * @param trail          the way back up: 全国, the prefecture, the municipality
 * @param openOpinions   council opinions in scope not answered yet or answered 今後検討
 * @param groups         a row per prefecture or municipality (empty on the targets level)
 * @param targets        the first rows of the targets (on the targets level only); {@code moreTargets} not shown
 * @param steps          the column names of {@code fiscalYears}' counts, in the workflow's order
 * @param grades         the grade codes evaluations in scope carry (each sheet has its own scale), in code order;
 *                       empty where none is graded, and then the page shows no table of them
 */
public record DashboardView(String level, List<Link> trail, Map<String, Long> statuses, long totalTargets,
                            long sheets, long openOpinions, List<Group> groups, List<TargetRow> targets, long moreTargets,
                            List<String> steps, List<String> grades, List<YearRow> fiscalYears, String workbook) {

    static final String PREFECTURES = "PREFECTURES";
    static final String MUNICIPALITIES = "MUNICIPALITIES";
    static final String TARGETS = "TARGETS";

    private static final Map<String, String> STEP_NAMES = Map.of("ACTUALS_RECORDED", "実績", "EVALUATED", "評価",
            "COUNCIL_HEARD", "協議会等意見", "IMPROVEMENT_PLANNED", "改善", "CLOSED", "締切");

    public record Link(String label, String href) {
    }

    /**
     * A prefecture or a municipality: its sheets, its targets per status, and its council opinions still open;
     * {@code href} drills down.
     */
    public record Group(String code, String name, String href, long sheets, long targets, long achieved, long notYet,
                        long noNumericTarget, long openOpinions) {
    }

    /** A target as the table writes it; {@code chartLabel} names its bar, {@code percent} is the bar (or none). */
    public record TargetRow(String sheet, String municipality, String outcomeTarget, String target, boolean cumulative,
                            String targetValue, String latest, BigDecimal percent, String achievement, String status,
                            String chartLabel) {
    }

    /** A fiscal year: its sheets, how many reached each of {@link #steps}, how many were graded each of {@link #grades}. */
    public record YearRow(String label, long sheets, List<Long> reached, List<Long> graded) {
    }

    /** The level a scope is drawn at: the narrowest it names. */
    static String levelOf(Scope scope) {
        return scope.municipalityCode() != null ? TARGETS : scope.prefectureCode() != null ? MUNICIPALITIES : PREFECTURES;
    }

    /** {@code nationwide}: whether the reader may go up to the prefecture and the country. */
    static Builder builder(Scope scope, boolean nationwide, Labels labels) {
        return new Builder(scope, nationwide, labels);
    }

    /** Writes the view of one scope; the scope's period is kept on every link down and on the workbook. */
    static final class Builder {

        private final Scope scope;
        private final boolean nationwide;
        private final Labels labels;

        private Builder(Scope scope, boolean nationwide, Labels labels) {
            this.scope = scope;
            this.nationwide = nationwide;
            this.labels = labels;
        }

        DashboardView build(Dashboard dashboard, List<GroupCount> counts, Map<String, String> municipalityNames,
                            long sheets) {
            String level = levelOf(scope);
            List<Group> groups = switch (level) {
                case PREFECTURES -> prefectures(counts);
                case MUNICIPALITIES -> municipalities(counts, municipalityNames);
                default -> List.of();
            };
            List<TargetRow> targets = level.equals(TARGETS)
                    ? dashboard.targets().stream().map(this::targetRow).toList() : List.of();
            List<String> steps = dashboard.fiscalYears().stream().findFirst()
                    .map(year -> List.copyOf(year.reached().keySet())).orElse(List.copyOf(defaultSteps()));
            List<String> grades = dashboard.fiscalYears().stream()
                    .flatMap(year -> year.grades() == null ? java.util.stream.Stream.<String>empty() : year.grades().keySet().stream())
                    .distinct().sorted().toList();
            return new DashboardView(level, trail(municipalityNames), dashboard.statuses(), dashboard.totalTargets(),
                    sheets, dashboard.openOpinions(), groups, targets, level.equals(TARGETS) ? dashboard.totalTargets() - targets.size() : 0,
                    steps.stream().map(STEP_NAMES::get).toList(), grades,
                    dashboard.fiscalYears().stream().map(year -> yearRow(year, steps, grades)).toList(),
                    link("/dashboard/xlsx", scope.municipalityCode(), scope.prefectureCode()));
        }

        private static List<String> defaultSteps() {
            return List.of("ACTUALS_RECORDED", "EVALUATED", "COUNCIL_HEARD", "IMPROVEMENT_PLANNED", "CLOSED");
        }

        /** All 47, those without sheets too (a prefecture that has sent nothing is news); codes of none at the end. */
        private List<Group> prefectures(List<GroupCount> counts) {
            Map<String, GroupCount> byCode = counts.stream().collect(Collectors.toMap(GroupCount::code, Function.identity()));
            List<Group> groups = new ArrayList<>();
            for (Prefecture prefecture : Prefecture.all()) {
                GroupCount count = byCode.remove(prefecture.code());
                groups.add(group(prefecture.code(), prefecture.name(), count,
                        count == null ? null : link("/dashboard", null, prefecture.code())));
            }
            byCode.values().forEach(count -> groups.add(group(count.code(), "都道府県コード " + count.code(), count, null)));
            return groups;
        }

        private List<Group> municipalities(List<GroupCount> counts, Map<String, String> names) {
            return counts.stream().map(count -> group(count.code(), names.getOrDefault(count.code(), count.code()),
                    count, link("/dashboard", count.code(), null))).toList();
        }

        private static Group group(String code, String name, GroupCount count, String href) {
            if (count == null) {
                return new Group(code, name, href, 0, 0, 0, 0, 0, 0);
            }
            return new Group(code, name, href, count.sheets(), count.targetCount(),
                    count.targets().getOrDefault(Achievement.Status.ACHIEVED.name(), 0L),
                    count.targets().getOrDefault(Achievement.Status.NOT_YET.name(), 0L),
                    count.targets().getOrDefault(Achievement.Status.NO_NUMERIC_TARGET.name(), 0L), count.openOpinions());
        }

        private TargetRow targetRow(DashboardRow row) {
            DashboardRow.TargetInForce target = row.target();
            Achievement achievement = row.achievement();
            String unit = target.unit() == null ? "" : target.unit();
            String name = target.name() + (target.cumulative() ? "（累計）" : "");
            String targetValue = target.targetValue() == null ? ""
                    : labels.value(target.targetValue()) + unit + "（" + labels.deadline(target.deadlineFiscalYear()) + "）";
            // an estimate (見込み) is never shown as a final figure, nor what it reaches as achieved for good
            String estimate = Boolean.TRUE.equals(achievement.estimated()) ? "・見込" : "";
            String latest = "QUALITATIVE".equals(target.kind()) ? qualitativeLatest(achievement)
                    : achievement.latestActual() == null ? "無し"
                    : (target.cumulative() ? "累計 " : "") + labels.value(achievement.latestActual()) + unit
                    + "（" + labels.era(achievement.latestFiscalYear()) + estimate + "）";
            String status = switch (achievement.status()) {
                case ACHIEVED -> "達成（" + labels.era(achievement.achievedInFiscalYear()) + "）"
                        + (estimate.isEmpty() ? "" : "（見込の実績による）");
                case NOT_YET -> estimate.isEmpty() ? "未達成" : "未達成（見込の実績による）";
                case NO_NUMERIC_TARGET -> "数値目標なし";
                case IN_PROGRESS -> "取組中";
                case NOT_STARTED -> "未着手";
            };
            String outcome = row.outcomeTarget().label();
            return new TargetRow("/sheets/" + row.sheetId(), row.municipality().name(), outcome, name,
                    target.cumulative(), targetValue, latest, achievement.percent(),
                    achievement.percent() == null ? "" : achievement.percent().toPlainString() + "%", status,
                    row.municipality().name() + " " + name);
        }

        /** A target stated in words: its latest status and the year it was reported, 取組中（R2）. */
        private String qualitativeLatest(Achievement achievement) {
            return achievement.actuals().stream().filter(actual -> actual.status() != null).reduce((a, b) -> b)
                    .map(actual -> actual.status().label() + "（" + labels.era(actual.fiscalYear()) + "）").orElse("無し");
        }

        private static YearRow yearRow(YearSteps year, List<String> steps, List<String> grades) {
            return new YearRow(year.label(), year.sheets(),
                    steps.stream().map(step -> year.reached().getOrDefault(step, 0L)).toList(),
                    grades.stream().map(grade -> year.grades() == null ? 0L : year.grades().getOrDefault(grade, 0L)).toList());
        }

        private List<Link> trail(Map<String, String> municipalityNames) {
            List<Link> trail = new ArrayList<>();
            if (nationwide) {
                trail.add(new Link("全国", link("/dashboard", null, null)));
                String prefecture = scope.prefectureCode() != null ? scope.prefectureCode()
                        : scope.municipalityCode() != null ? scope.municipalityCode().substring(0, 2) : null;
                Prefecture.of(prefecture).ifPresent(found ->
                        trail.add(new Link(found.name(), link("/dashboard", null, found.code()))));
            }
            if (scope.municipalityCode() != null) {
                trail.add(new Link(municipalityNames.getOrDefault(scope.municipalityCode(), scope.municipalityCode()),
                        link("/dashboard", scope.municipalityCode(), null)));
            }
            return trail;
        }

        private String link(String path, String municipality, String prefecture) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
            if (municipality != null) {
                uri.queryParam("municipality", municipality);
            }
            if (prefecture != null) {
                uri.queryParam("prefecture", prefecture);
            }
            if (scope.firstFiscalYear() != null) {
                uri.queryParam("period", scope.firstFiscalYear() + (scope.lastFiscalYear() == null ? ""
                        : "-" + scope.lastFiscalYear()));
            }
            return uri.build().encode().toUriString();
        }
    }
}
