package jp.pdcaledger.app.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The accessibility policy (アクセシビリティ方針, issue 16 item 3), which 総務省's みんなの公共サイト運用ガイドライン asks a
 * municipality to publish: the level aimed at (JIS X 8341-3:2016 適合レベルAA), the pages it covers, how they are
 * tested and when. Public, with no sign-in, like the publications it speaks for. The test date is configuration
 * ({@code pdca.accessibility.tested-on}), so that whoever runs the tests again for a release states their own date.
 */
@Controller
public class AccessibilityPolicyPage {

    private final LocalDate testedOn;

    public AccessibilityPolicyPage(@Value("${pdca.accessibility.tested-on:2026-12-04}") LocalDate testedOn) {
        this.testedOn = testedOn;
    }

    @GetMapping("/public/accessibility")
    public String policy(Model model, HttpServletResponse response) {
        model.addAttribute("testedOn", testedOn);
        model.addAttribute("testedOnLabel", eraDate(testedOn));
        response.setHeader("Cache-Control", PublicPages.CACHE_CONTROL);
        return "public/accessibility";
    }

    /** 令和8年12月4日（2026年12月4日）: the era as the city writes dates, the Western year beside it. */
    static String eraDate(LocalDate day) {
        JapaneseDate date = JapaneseDate.from(day);
        int yearOfEra = date.get(ChronoField.YEAR_OF_ERA);
        String era = date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
        return era + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年" + day.getMonthValue() + "月"
                + day.getDayOfMonth() + "日（" + day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日）";
    }
}
