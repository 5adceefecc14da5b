package jp.pdcaledger.query.web;

import io.swagger.v3.oas.annotations.Operation;
import jp.pdcaledger.kernel.ApiTags;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.Prefecture;
import jp.pdcaledger.query.dashboard.DashboardRepository.Scope;
import jp.pdcaledger.query.dashboard.DashboardRepository.StepCount;
import jp.pdcaledger.query.dashboard.DashboardRepository;
import jp.pdcaledger.query.dashboard.DashboardRow;
import jp.pdcaledger.query.dashboard.DashboardWorkbook;
import jp.pdcaledger.query.sheetview.ReviewStatus;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /api/dashboard}: per target its achievement; per fiscal year how many sheets reached each step. */
@RestController
public class DashboardController {

    private static final int MAX_PAGE_SIZE = 1_000;

    private final DashboardRepository dashboard;
    private final ReadScope scope;

    public DashboardController(DashboardRepository dashboard, ReadScope scope) {
        this.dashboard = dashboard;
        this.scope = scope;
    }

    /** {@code prefecture} (two digits, {@code 40} 福岡県) narrows a nationwide reader's dashboard to one prefecture. */
    @Operation(operationId = "getDashboard", tags = ApiTags.DASHBOARD,
            summary = "進捗の集計 / The dashboard",
            description = "ロール / Roles: DASHBOARD, AUDITOR, ADMIN, STAFF.")
    @GetMapping("/api/dashboard")
    public Dashboard dashboard(@RequestParam(required = false) String municipality,
                               @RequestParam(required = false) String prefecture,
                               @RequestParam(required = false) String period,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "100") int size) {
        return dashboard(scope(municipality, prefecture, period), page, size);
    }

    /** The dashboard of a scope already resolved for this reader by {@link #scope}. */
    public Dashboard dashboard(Scope filter, int page, int size) {
        Map<String, Long> statuses = dashboard.statusCounts(filter);
        long targets = statuses.values().stream().mapToLong(Long::longValue).sum();
        return new Dashboard(statuses, targets, QueryParams.page(page), QueryParams.size(size, MAX_PAGE_SIZE),
                dashboard.rows(filter, QueryParams.page(page), QueryParams.size(size, MAX_PAGE_SIZE)),
                yearSteps(dashboard.steps(filter)), dashboard.openOpinions(filter));
    }

    /**
     * {@code GET /api/dashboard/version}: a number that changes whenever an event changes a sheet in scope, so that a
     * dashboard polls this one row and fetches the figures only when they changed.
     */
    @Operation(operationId = "getDashboardVersion", tags = ApiTags.DASHBOARD,
            summary = "集計の版 / The dashboard's version",
            description = "ロール / Roles: DASHBOARD, AUDITOR, ADMIN, STAFF.")
    @GetMapping("/api/dashboard/version")
    public Version version(@RequestParam(required = false) String municipality,
                           @RequestParam(required = false) String prefecture,
                           @RequestParam(required = false) String period) {
        return new Version(dashboard.version(scope(municipality, prefecture, period)));
    }

    /**
     * The same scope as a workbook, one row per sheet and target, the collection prefectures ask municipalities for.
     */
    @Operation(operationId = "downloadDashboardWorkbook", tags = ApiTags.DASHBOARD,
            summary = "集計のブックを取得する / Download the dashboard as a workbook",
            description = "ロール / Roles: DASHBOARD, AUDITOR, ADMIN, STAFF.")
    @GetMapping("/api/dashboard/xlsx")
    public ResponseEntity<byte[]> workbook(@RequestParam(required = false) String municipality,
                                           @RequestParam(required = false) String prefecture,
                                           @RequestParam(required = false) String period) {
        Scope filter = scope(municipality, prefecture, period);
        byte[] workbook = DashboardWorkbook.write(dashboard.fiscalYears(filter), dashboard.sheets(filter));
        String fileName = "目標の達成状況" + (filter.municipalityCode() == null ? "" : "_" + filter.municipalityCode())
                + (filter.prefectureCode() == null ? "" : "_" + filter.prefectureCode())
                + (period == null ? "" : "_" + filter.firstFiscalYear()) + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SheetWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }

    /**
     * Which sheets the reader asked for, narrowed to its own municipality when it may see no other (a prefecture
     * asked for by such a reader is then its own municipality's, or refused).
     */
    public Scope scope(String municipality, String prefecture, String period) {
        String requested = municipality == null ? null : QueryParams.municipality(municipality);
        String prefectureCode = prefecture == null ? null : Prefecture.of(prefecture).map(Prefecture::code)
                .orElseThrow(() -> ReadRefusal.invalid("prefecture", "都道府県コード（01〜47）で指定してください: " + prefecture));
        String code = scope.narrow(requested, "ダッシュボード");
        scope.requireWithinPrefecture(prefectureCode, "ダッシュボード");
        int[] years = period == null ? null : QueryParams.period(period);
        return new Scope(code, prefectureCode, years == null ? null : years[0],
                years == null || years.length < 2 ? null : years[1]);
    }

    /**
     * Counts per fiscal year the sheets whose review has reached each step (a closed year has reached them all), and
     * the sheets whose evaluation of the year carries each grade.
     */
    private static List<YearSteps> yearSteps(List<StepCount> counts) {
        Map<Integer, long[]> byYear = new TreeMap<>();
        Map<Integer, Map<String, Long>> grades = new TreeMap<>();
        ReviewStatus[] steps = ReviewStatus.values();
        for (StepCount count : counts) {
            Map<String, Long> graded = grades.computeIfAbsent(count.fiscalYear(), year -> new TreeMap<>());
            if (count.grade() != null) {
                graded.merge(count.grade(), count.sheets(), Long::sum);
            }
            long[] reached = byYear.computeIfAbsent(count.fiscalYear(), year -> new long[steps.length]);
            ReviewStatus status = ReviewStatus.valueOf(count.step());
            for (ReviewStatus step : steps) {
                if (status.reached(step)) {
                    reached[step.ordinal()] += count.sheets();
                }
            }
        }
        return byYear.entrySet().stream().map(entry -> {
            Map<String, Long> reached = new LinkedHashMap<>();
            Arrays.stream(steps).skip(1).forEach(step -> reached.put(step.name(), entry.getValue()[step.ordinal()]));
            return new YearSteps(entry.getKey(), FiscalYear.of(entry.getKey()).eraLabel(),
                    entry.getValue()[ReviewStatus.NOT_STARTED.ordinal()], reached, grades.get(entry.getKey()));
        }).toList();
    }

    /**
     * {@code statuses}: how many targets in scope are achieved, not yet, or have no numeric goal; {@code targets}: one
     * page of the rows (a national dashboard has tens of thousands); {@code fiscalYears}: the steps reached;
     * {@code openOpinions}: the council opinions in scope not answered yet or answered 今後検討.
     */
    public record Dashboard(Map<String, Long> statuses, long totalTargets, int page, int size,
                            List<DashboardRow> targets, List<YearSteps> fiscalYears, long openOpinions) {
    }

    public record Version(long version) {
    }

    /**
     * {@code sheets}: the sheets whose period includes the year; {@code reached}: how many reached each step;
     * {@code grades}: how many evaluations of the year carry each grade (by its code; each sheet has its own scale).
     */
    public record YearSteps(int fiscalYear, String label, long sheets, Map<String, Long> reached,
                            Map<String, Long> grades) {
    }
}
