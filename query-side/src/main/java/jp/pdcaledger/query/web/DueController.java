package jp.pdcaledger.query.web;

import io.swagger.v3.oas.annotations.Operation;
import jp.pdcaledger.kernel.ApiTags;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.query.due.DueDates;
import jp.pdcaledger.query.due.DueList;
import jp.pdcaledger.query.due.DueList.DueItem;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import jp.pdcaledger.query.sheetview.SheetViewRepository.SheetFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/due}: what is due on one municipality's sheets today (the reader's own, for a reader of one
 * municipality; a nationwide reader names one), longest waiting first.
 */
@RestController
@EnableConfigurationProperties(DueDates.class)
public class DueController {

    private static final int SHEETS_PER_READ = 500;

    private final SheetViewRepository views;
    private final ReadScope scope;
    private final DueList due;
    private final Clock clock;

    public DueController(SheetViewRepository views, ReadScope scope, DueDates dates, Clock clock) {
        this.views = views;
        this.scope = scope;
        this.due = new DueList(dates);
        this.clock = clock;
    }

    @Operation(operationId = "listDue", tags = ApiTags.DASHBOARD,
            summary = "期限を過ぎた手順と未回答の意見 / What is due: steps past their date, opinions not answered",
            description = "ロール / Roles: every role.")
    @GetMapping("/api/due")
    public Due due(@RequestParam(required = false) String municipality) {
        String code = scope.narrow(municipality == null ? null : QueryParams.municipality(municipality), "予定");
        if (code == null) {
            throw ReadRefusal.invalid("municipality", "団体コードを指定してください（全国の一覧はありません）");
        }
        LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));
        return new Due(code, today, due.of(sheetsOf(code), today));
    }

    private List<SheetView> sheetsOf(String municipalityCode) {
        List<SheetView> sheets = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<SheetView> read = views.list(new SheetFilter(municipalityCode, null, null, null, page, SHEETS_PER_READ));
            sheets.addAll(read);
            if (read.size() < SHEETS_PER_READ) {
                return sheets;
            }
        }
    }

    /** {@code today}: the day in Japan the list was made for; {@code items}: longest waiting first. */
    public record Due(String municipality, LocalDate today, List<DueItem> items) {
    }
}
