package jp.pdcaledger.query.web;

import io.swagger.v3.oas.annotations.Operation;
import jp.pdcaledger.kernel.ApiTags;
import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.GuidelineEdition;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.Prefecture;
import jp.pdcaledger.query.rollup.Rollup;
import jp.pdcaledger.query.rollup.Rollups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.Optional;

/**
 * {@code GET /api/rollups?measure=&fiscalYear=&prefecture=}: municipal targets summed per prefecture and nationally
 * against the guideline (issue 18, item 3); with {@code prefecture}, that prefecture's municipalities.
 */
@RestController
public class RollupController {

    private final Rollups rollups;
    private final ReadScope scope;

    public RollupController(Rollups rollups, ReadScope scope) {
        this.rollups = rollups;
        this.scope = scope;
    }

    /**
     * A reader of one municipality (STAFF) reads as the dashboard lets it: the nation's sums by prefecture, and of
     * its own prefecture the total and its own municipality's row only; another prefecture is refused (403).
     */
    @Operation(operationId = "getRollup", tags = ApiTags.DASHBOARD,
            summary = "基本指針の施策ごとの都道府県・全国集計（市町村への掘り下げ） / Municipal targets rolled up per prefecture and nationally against the guideline, or one prefecture by municipality",
            description = "ロール / Roles: DASHBOARD, AUDITOR, ADMIN, STAFF (the nation by prefecture; of its own prefecture the total and its own row).")
    @GetMapping("/api/rollups")
    public Rollup rollup(@RequestParam(required = false) String measure,
                         @RequestParam(required = false) String fiscalYear,
                         @RequestParam(required = false) String prefecture) {
        GuidelineMeasure code = measure(measure);
        FiscalYear year = fiscalYear(fiscalYear);
        Prefecture area = prefecture(prefecture);
        GuidelineEdition edition = GuidelineEdition.of(year).orElseThrow(() -> ReadRefusal.invalid("fiscalYear",
                year.value() + "年度の基本指針はありません（" + GuidelineEdition.all().get(0).period().firstFiscalYear().value()
                        + "年度から" + GuidelineEdition.all().get(GuidelineEdition.all().size() - 1).period().lastFiscalYear().value()
                        + "年度まで）"));
        if (!edition.has(code)) {
            throw ReadRefusal.invalid("measure", edition.name() + "の基本指針に " + code.name() + "（" + code.label() + "）はありません");
        }
        scope.requireWithinPrefecture(area == null ? null : area.code(), "集計");
        Rollup rollup = rollups.of(code, year, area);
        Optional<String> own = scope.municipality();
        if (area == null || own.isEmpty()) {
            return rollup;
        }
        return new Rollup(rollup.measure(), rollup.fiscalYear(), rollup.edition(), rollup.guidelinePercentage(),
                rollup.basis(), rollup.prefecture(), rollup.total(),
                rollup.rows().stream().filter(row -> row.code().equals(own.get())).toList(),
                rollup.prefecturesWhoseTargetsMeetGuideline(), rollup.prefecturesWhoseActualsMeetGuideline());
    }

    static GuidelineMeasure measure(String text) {
        if (text == null || text.isBlank()) {
            throw ReadRefusal.invalid("measure", "基本指針の施策のコードを指定してください");
        }
        try {
            return GuidelineMeasure.valueOf(text.strip());
        } catch (IllegalArgumentException unknown) {
            throw ReadRefusal.invalid("measure", "「" + text + "」は基本指針の施策のコードではありません（"
                    + Arrays.toString(GuidelineMeasure.values()) + " のどれか）");
        }
    }

    static FiscalYear fiscalYear(String text) {
        if (text == null || text.isBlank()) {
            throw ReadRefusal.invalid("fiscalYear", "年度を指定してください");
        }
        try {
            return FiscalYear.parse(text);
        } catch (InvalidValueException invalid) {
            throw ReadRefusal.invalid("fiscalYear", invalid.getMessage());
        }
    }

    static Prefecture prefecture(String text) {
        return text == null || text.isBlank() ? null : Prefecture.of(text.strip()).orElseThrow(() ->
                ReadRefusal.invalid("prefecture", "都道府県コード（01〜47）で指定してください: " + text));
    }
}
