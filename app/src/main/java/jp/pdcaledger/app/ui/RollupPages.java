package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.Prefecture;
import jp.pdcaledger.query.web.ReadRefusal;
import jp.pdcaledger.query.web.RollupController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;

/**
 * {@code /rollups}: the roll-up of a guideline measure in a fiscal year as {@code GET /api/rollups} answers it, the
 * nation by prefecture, each prefecture a link to its municipalities (issue 18, item 3). A refusal is said beside the
 * field it names, with what was typed kept.
 */
@Controller
@ConditionalOnProperty(name = "pdca.side.query.enabled", havingValue = "true", matchIfMissing = true)
public class RollupPages {

    private final RollupController rollups;

    public RollupPages(RollupController rollups) {
        this.rollups = rollups;
    }

    /** A measure as the form's list offers it: under its area's name. */
    public record MeasureOption(String code, String label) {
    }

    @GetMapping("/rollups")
    public String rollups(@RequestParam(required = false) String measure,
                          @RequestParam(required = false) String fiscalYear,
                          @RequestParam(required = false) String prefecture, Model model) {
        model.addAttribute("measures", Arrays.stream(GuidelineMeasure.values())
                .map(each -> new MeasureOption(each.name(), each.area().label() + "：" + each.label())).toList());
        model.addAttribute("prefectures", Prefecture.all());
        model.addAttribute("measure", measure == null ? GuidelineMeasure.COMMUNITY_TRANSITION.name() : measure);
        model.addAttribute("fiscalYear", fiscalYear);
        model.addAttribute("prefecture", prefecture);
        if (fiscalYear == null || fiscalYear.isBlank()) {
            // nothing asked yet: the form alone, not a refusal
            return "rollups";
        }
        try {
            model.addAttribute("rollup", rollups.rollup(measure, fiscalYear, prefecture));
        } catch (ReadRefusal refusal) {
            // a refusal without a field is the prefecture another municipality's reader may not open
            model.addAttribute("errorField", List.of("measure", "fiscalYear", "prefecture").contains(refusal.field())
                    ? refusal.field() : "prefecture");
            model.addAttribute("error", refusal.getMessage());
        }
        return "rollups";
    }
}
