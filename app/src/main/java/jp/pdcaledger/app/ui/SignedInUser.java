package jp.pdcaledger.app.ui;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, and which pages their role opens (histories, the dashboard), for every page's header. */
@ControllerAdvice(basePackageClasses = SheetPages.class)
public class SignedInUser {

    @ModelAttribute("user")
    public String user(Authentication authentication) {
        return authentication == null ? "" : authentication.getName();
    }

    @ModelAttribute("auditor")
    public boolean auditor(Authentication authentication) {
        return hasAny(authentication, "ROLE_AUDITOR", "ROLE_ADMIN");
    }

    /** The roles SecurityConfiguration lets open /dashboard: no link is shown to a page the role cannot open. */
    @ModelAttribute("mayOpenDashboard")
    public boolean mayOpenDashboard(Authentication authentication) {
        return hasAny(authentication, "ROLE_DASHBOARD", "ROLE_AUDITOR", "ROLE_ADMIN", "ROLE_STAFF");
    }

    @ModelAttribute("administrator")
    public boolean administrator(Authentication authentication) {
        return hasAny(authentication, "ROLE_ADMIN");
    }

    private static boolean hasAny(Authentication authentication, String... authorities) {
        java.util.Set<String> wanted = java.util.Set.of(authorities);
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> wanted.contains(a.getAuthority()));
    }
}
