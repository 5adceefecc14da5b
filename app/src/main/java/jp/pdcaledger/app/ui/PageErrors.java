package jp.pdcaledger.app.ui;

import jakarta.servlet.http.HttpServletResponse;
import jp.pdcaledger.query.web.ReadRefusal;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page that cannot be shown says why, in Japanese, as a page. */
@Order(0)
@ControllerAdvice(basePackageClasses = SheetPages.class)
public class PageErrors {

    @ExceptionHandler(ReadRefusal.class)
    public String refused(ReadRefusal refusal, Model model, HttpServletResponse response) {
        response.setStatus(refusal.status().value());
        if (refusal.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            // as the API's problem says: the page may be asked for again in a moment
            response.setHeader("Retry-After", "1");
        }
        model.addAttribute("title", refusal.title());
        model.addAttribute("detail", refusal.getMessage());
        return "error-page";
    }
}
