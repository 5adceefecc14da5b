package jp.pdcaledger.app.ui;

import jp.pdcaledger.query.web.DueController;
import jp.pdcaledger.query.web.ReadRefusal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /due}: what is due on one municipality's sheets, as {@code GET /api/due} answers it, for every signed-in
 * role; a nationwide reader picks the municipality first. A refusal (a code that is none, another municipality) is
 * said beside the field.
 */
@Controller
@ConditionalOnProperty(name = "pdca.side.query.enabled", havingValue = "true", matchIfMissing = true)
public class DuePages {

    private final DueController due;

    public DuePages(DueController due) {
        this.due = due;
    }

    @GetMapping("/due")
    public String due(@RequestParam(required = false) String municipality, Model model) {
        String asked = municipality == null || municipality.isBlank() ? null : municipality.strip();
        model.addAttribute("municipality", asked);
        try {
            model.addAttribute("due", due.due(asked));
        } catch (ReadRefusal refusal) {
            // a nationwide reader who has not named a municipality yet is asked to, not told off
            model.addAttribute("dueError", asked == null ? null : refusal.getMessage());
        }
        return "due";
    }
}
