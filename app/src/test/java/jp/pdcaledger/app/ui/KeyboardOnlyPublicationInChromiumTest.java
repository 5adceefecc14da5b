package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyboard-only use (issue 16, item 3; WCAG 2.1.1 and 2.4.7): staff sign in, find the sheet, publish a closed year with
 * its confirmation, and a reader finds it on the public pages, with Tab, Shift+Tab, Enter, Space and typed text alone,
 * sent to whatever has the focus: nothing is clicked and no element is addressed directly. Each element the focus
 * lands on must show it (an outline of at least 2px), or a keyboard user would not know where they are.
 */
class KeyboardOnlyPublicationInChromiumTest extends OnH2 {

    /** More Tab presses than any of these pages has stops before the one sought: past it, the stop is unreachable. */
    private static final int MOST_PRESSES = 300;

    @LocalServerPort
    int port;

    private final List<String> focusHidden = new ArrayList<>();

    @Test
    void staff_publish_a_closed_year_with_the_keyboard_alone_and_a_reader_reaches_it_with_the_keyboard_alone() {
        Sheets sheets = new Sheets(this);
        String id = sheets.registeredWithTarget();
        long closed = sheets.stepsUpTo(id, 2025, "close");
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + closed);

        try (Chromium staff = new Chromium(port)) {
            staff.open("/login");
            reach(staff, "input[name=username]", Keys.TAB);
            staff.keys().sendKeys("staff").perform();
            reach(staff, "input[name=password]", Keys.TAB);
            staff.keys().sendKeys("staff").perform();
            reach(staff, "form button[type=submit]", Keys.TAB);
            staff.pressForNewPage(Keys.ENTER);
            assertThat(staff.path()).as("signed in, on the sheet list").isEqualTo("/");

            reach(staff, "a[href='/sheets/" + id + "']", Keys.TAB);
            staff.pressForNewPage(Keys.ENTER);
            assertThat(staff.path()).isEqualTo("/sheets/" + id);

            reach(staff, "#publish-2025 button[type=submit]", Keys.TAB);
            staff.keys().sendKeys(Keys.ENTER).perform();
            assertThat(staff.has(".stored")).as("nothing sent before the confirmation is ticked").isFalse();
            assertThat(staff.has("#publish-2025 input[name=confirm]:invalid")).isTrue();
            reach(staff, "#publish-2025 input[name=confirm]", Keys.chord(Keys.SHIFT, Keys.TAB));
            staff.keys().sendKeys(Keys.SPACE).perform();
            assertThat(staff.has("#publish-2025 input[name=confirm]:checked")).as("Space ticks the confirmation").isTrue();
            reach(staff, "#publish-2025 button[type=submit]", Keys.TAB);
            staff.pressForNewPage(Keys.ENTER);

            assertThat(staff.find(".stored").getText()).contains("令和７年度を公表しました");
            assertThat(staff.find("#fy2025").getText()).contains("第1版");
        }

        try (Chromium reader = new Chromium(port)) {
            reader.open("/public");
            reach(reader, "a[href='/public/municipalities/" + Sheets.KITAKYUSHU + "']", Keys.TAB);
            reader.pressForNewPage(Keys.ENTER);
            reach(reader, "a[href='/public/sheets/" + id + "/fiscal-years/2025']", Keys.TAB);
            reader.pressForNewPage(Keys.ENTER);
            assertThat(reader.path()).isEqualTo("/public/sheets/" + id + "/fiscal-years/2025");
            assertThat(reader.find("#plan").getText()).contains("175人");
            assertThat(reader.find("#review").getText()).contains("目標に向けて進んでいます。");

            reach(reader, "footer a[href='/public/accessibility']", Keys.TAB);
            reader.pressForNewPage(Keys.ENTER);
            assertThat(reader.find("h1").getText()).isEqualTo("アクセシビリティ方針");
        }

        assertThat(focusHidden).as("elements whose keyboard focus cannot be seen").isEmpty();
    }

    /**
     * Presses {@code key} until the focus is on the element {@code css} names (no press if it is there already), checking
     * on the way that every element the focus lands on shows it.
     */
    private void reach(Chromium browser, String css, CharSequence key) {
        for (int presses = 0; presses <= MOST_PRESSES; presses++) {
            WebElement focused = browser.focused();
            if (Boolean.TRUE.equals(browser.script("return arguments[0].matches(arguments[1])", focused, css))) {
                return;
            }
            browser.keys().sendKeys(key).perform();
            seeFocus(browser);
        }
        throw new AssertionError(css + " is not reached with " + (key.equals(Keys.TAB) ? "Tab" : "Shift+Tab")
                + " within " + MOST_PRESSES + " presses on " + browser.path());
    }

    private void seeFocus(Chromium browser) {
        Object outline = browser.script("""
                const e = document.activeElement;
                if (!e || e === document.body || e === document.documentElement) return null;
                const style = getComputedStyle(e);
                const width = parseFloat(style.outlineWidth) || 0;
                return style.outlineStyle !== 'none' && width >= 2 ? null
                    : e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
                      + ' "' + (e.textContent || '').trim().slice(0, 30) + '" outline ' + style.outlineStyle + ' ' + style.outlineWidth
                      + ' on ' + location.pathname;""");
        if (outline != null) {
            focusHidden.add((String) outline);
        }
    }
}
