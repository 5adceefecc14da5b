package jp.pdcaledger.app.ui;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, and whether they may read histories, for every page's header. */
@ControllerAdvice(basePackageClasses = SheetPages.class)
public class SignedInUser {

    @ModelAttribute("user")
    public String user(Authentication authentication) {
        return authentication == null ? "" : authentication.getName();
    }

    @ModelAttribute("auditor")
    public boolean auditor(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_AUDITOR") || a.getAuthority().equals("ROLE_ADMIN"));
    }
}
