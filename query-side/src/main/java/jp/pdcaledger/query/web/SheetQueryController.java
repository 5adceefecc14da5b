package jp.pdcaledger.query.web;

import io.swagger.v3.oas.annotations.Operation;
import jp.pdcaledger.kernel.ApiTags;
import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.MunicipalityCode;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.query.sheetview.SheetHistory;
import jp.pdcaledger.query.sheetview.CarryOver;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import jp.pdcaledger.query.sheetview.SheetViewRepository.SheetFilter;
import jp.pdcaledger.query.sheetview.SheetViewRepository.StoredView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The sheets as staff, councils, auditors and dashboards read them: lists, the current view, as-of, export. */
@RestController
@RequestMapping("/api/sheets")
public class SheetQueryController {

    private static final int MAX_PAGE_SIZE = 500;

    private final SheetViewRepository views;
    private final SheetHistory history;
    private final ReadScope scope;
    private final VersionWaits waits;

    public SheetQueryController(SheetViewRepository views, SheetHistory history, ReadScope scope, VersionWaits waits) {
        this.views = views;
        this.history = history;
        this.scope = scope;
        this.waits = waits;
    }

    @Operation(operationId = "listSheets", tags = ApiTags.READ,
            summary = "シートの一覧 / List sheets",
            description = "ロール / Roles: every role (own municipality for STAFF and COUNCIL).")
    @GetMapping
    public List<SheetSummary> list(@RequestParam(required = false) String municipality,
                                   @RequestParam(required = false) String period,
                                   @RequestParam(required = false) String department,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "100") int size) {
        String code = scope.narrow(municipality == null ? null : QueryParams.municipality(municipality), "シート");
        int[] years = period == null ? null : QueryParams.period(period);
        SheetFilter filter = new SheetFilter(code, years == null ? null : years[0],
                years == null || years.length < 2 ? null : years[1], department, QueryParams.page(page),
                QueryParams.size(size, MAX_PAGE_SIZE));
        return views.list(filter).stream().map(SheetSummary::of).toList();
    }

    @Operation(operationId = "getSheet", tags = ApiTags.READ,
            summary = "シートを表示する（現在または過去時点） / Read a sheet, now or as of a time",
            description = "ロール / Roles: every role.")
    @GetMapping("/{id}")
    public ResponseEntity<?> sheet(@PathVariable String id, @RequestParam(required = false) String asOf) {
        String sheetId = QueryParams.sheetId(id);
        if (asOf != null) {
            return asOf(sheetId, asOf);
        }
        StoredView stored = views.findStored(sheetId).orElseThrow(() -> ReadRefusal.notFound(sheetId));
        requireVisible(sheetId, stored.municipalityCode());
        return SheetAnswers.view(views.read(stored));
    }

    /**
     * A client that just wrote version N never reads an older view: the answer waits (bounded, holding no request
     * thread) until the projection has it, or is 503 with the version it has. The reader's scope comes first: a sheet
     * of another municipality is 404 at once, as if it did not exist, and its version is never told.
     */
    @Operation(operationId = "getSheet", tags = ApiTags.READ,
            summary = "シートを表示する（現在または過去時点） / Read a sheet, now or as of a time",
            description = "ロール / Roles: every role.")
    @GetMapping(path = "/{id}", params = "minVersion")
    public DeferredResult<ResponseEntity<?>> sheetAtLeast(@PathVariable String id,
                                                          @RequestParam(required = false) String asOf,
                                                          @RequestParam(required = false) Long minVersion) {
        if (asOf != null || minVersion == null) {
            return answered(sheet(id, asOf));
        }
        return waits.atLeast(QueryParams.sheetId(id), minVersion, scope.municipality(),
                stored -> SheetAnswers.view(views.read(stored)));
    }

    private ResponseEntity<?> asOf(String sheetId, String asOf) {
        SheetView view = history.asOf(sheetId, QueryParams.instant("asOf", asOf))
                .orElseThrow(() -> ReadRefusal.notFound(sheetId));
        requireVisible(sheetId, view.municipality.code());
        return SheetAnswers.view(view);
    }

    private static <T> DeferredResult<T> answered(T answer) {
        DeferredResult<T> result = new DeferredResult<>();
        result.setResult(answer);
        return result;
    }

    @Operation(operationId = "exportSheet", tags = ApiTags.READ,
            summary = "シートを pdca-sheet/v1 で書き出す / Export a sheet as pdca-sheet/v1",
            description = "ロール / Roles: every role.")
    @GetMapping("/{id}/export")
    public ResponseEntity<PdcaSheetDocument> export(@PathVariable String id, @RequestParam(required = false) String asOf) {
        return exported(visibleView(id, asOf));
    }

    /** The export of a version at least {@code minVersion}, waited for as {@code GET /api/sheets/{id}?minVersion}. */
    @Operation(operationId = "exportSheet", tags = ApiTags.READ,
            summary = "シートを pdca-sheet/v1 で書き出す / Export a sheet as pdca-sheet/v1",
            description = "ロール / Roles: every role.")
    @GetMapping(path = "/{id}/export", params = "minVersion")
    public DeferredResult<ResponseEntity<PdcaSheetDocument>> exportAtLeast(@PathVariable String id,
                                                                           @RequestParam(required = false) String asOf,
                                                                           @RequestParam(required = false) Long minVersion) {
        if (asOf != null || minVersion == null) {
            return answered(export(id, asOf));
        }
        return waits.atLeast(QueryParams.sheetId(id), minVersion, scope.municipality(),
                stored -> exported(views.read(stored)));
    }

    /** The document, with the version it shows as its ETag (the document itself carries none). */
    private ResponseEntity<PdcaSheetDocument> exported(SheetView view) {
        return ResponseEntity.ok().eTag("\"" + view.version + "\"").body(history.document(view.sheetId, view.version));
    }

    /** The same document as {@code /export}, as the published sheet's workbook (see {@link SheetWorkbookDownload}). */
    @Operation(operationId = "downloadSheetWorkbook", tags = ApiTags.READ,
            summary = "シートのブックを取得する / Download a sheet's workbook",
            description = "ロール / Roles: every role.")
    @GetMapping("/{id}/xlsx")
    public ResponseEntity<byte[]> workbook(@PathVariable String id, @RequestParam(required = false) String asOf) {
        return workbookOf(visibleView(id, asOf));
    }

    /**
     * The workbook of a version at least {@code minVersion}, waited for as {@code GET /api/sheets/{id}?minVersion}:
     * a client that has just written never downloads an older workbook to edit.
     */
    @Operation(operationId = "downloadSheetWorkbook", tags = ApiTags.READ,
            summary = "シートのブックを取得する / Download a sheet's workbook",
            description = "ロール / Roles: every role.")
    @GetMapping(path = "/{id}/xlsx", params = "minVersion")
    public DeferredResult<ResponseEntity<byte[]>> workbookAtLeast(@PathVariable String id,
                                                                  @RequestParam(required = false) String asOf,
                                                                  @RequestParam(required = false) Long minVersion) {
        if (asOf != null || minVersion == null) {
            return answered(workbook(id, asOf));
        }
        return waits.atLeast(QueryParams.sheetId(id), minVersion, scope.municipality(),
                stored -> workbookOf(views.read(stored)));
    }

    private ResponseEntity<byte[]> workbookOf(SheetView view) {
        return SheetWorkbookDownload.of(view, history.document(view.sheetId, view.version));
    }

    /**
     * What the sheet of the period before proposes for this one's targets (the last actual as the new baseline, the
     * unmet share carried over): empty for a sheet that was not derived by a rollover.
     */
    @Operation(operationId = "getCarryOver", tags = ApiTags.READ,
            summary = "前期からの引継ぎ（新しい基準値と未達成分） / What the period before proposes: new baselines, unmet shares",
            description = "ロール / Roles: every role.")
    @GetMapping("/{id}/carry-over")
    public List<CarryOver> carryOver(@PathVariable String id) {
        SheetView sheet = visibleView(id, null);
        return sheet.predecessor == null ? List.of()
                : views.find(sheet.predecessor.sheetId()).map(CarryOver::of).orElse(List.of());
    }

    private SheetView visibleView(String id, String asOf) {
        String sheetId = QueryParams.sheetId(id);
        SheetView view = asOf == null
                ? views.find(sheetId).orElseThrow(() -> ReadRefusal.notFound(sheetId))
                : history.asOf(sheetId, QueryParams.instant("asOf", asOf)).orElseThrow(() -> ReadRefusal.notFound(sheetId));
        requireVisible(sheetId, view.municipality.code());
        return view;
    }

    /** Another municipality's sheet is answered as no sheet at all: neither its existence nor its owner is told. */
    private void requireVisible(String sheetId, String municipalityCode) {
        if (!scope.maySee(municipalityCode)) {
            throw ReadRefusal.notFound(sheetId);
        }
    }

    /** A sheet in a list: its header and where each fiscal year's review stands. */
    public record SheetSummary(String sheetId, long version, Instant lastChangedAt, SheetAnswer.Municipality municipality,
                               List<String> planTitles, SheetAnswer.Period period, String department,
                               SheetAnswer.OutcomeTarget outcomeTarget, List<YearProgress> fiscalYears) {

        static SheetSummary of(SheetView view) {
            return new SheetSummary(view.sheetId, view.version, view.lastChangedAt,
                    SheetAnswer.Municipality.of(view.municipality), view.planTitles, SheetAnswer.Period.of(view.period),
                    view.department, SheetAnswer.OutcomeTarget.of(view.outcomeTarget), view.fiscalYears.stream()
                    .map(year -> new YearProgress(year.fiscalYear, year.label, year.status.name())).toList());
        }
    }

    public record YearProgress(int fiscalYear, String label, String status) {
    }
}
