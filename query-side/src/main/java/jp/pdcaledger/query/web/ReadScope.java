package jp.pdcaledger.query.web;

import jp.pdcaledger.kernel.ActorScopes;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the reader may see: ADMIN, AUDITOR and DASHBOARD every municipality; STAFF and COUNCIL their own only. The
 * roles per URL are checked before this by the security filter chain.
 */
@Component
public class ReadScope {

    private static final Set<String> NATIONWIDE = Set.of("ROLE_ADMIN", "ROLE_AUDITOR", "ROLE_DASHBOARD");

    /** Empty for a nationwide reader; otherwise the one municipality the reader may see. */
    public Optional<String> municipality() {
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = reader.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (authorities.stream().anyMatch(NATIONWIDE::contains)) {
            return Optional.empty();
        }
        return Optional.of(authorities.stream().filter(a -> a.startsWith(ActorScopes.MUNICIPALITY_PREFIX))
                .map(a -> a.substring(ActorScopes.MUNICIPALITY_PREFIX.length())).findFirst()
                .orElse("none"));
    }

    public boolean maySee(String municipalityCode) {
        return municipality().map(municipalityCode::equals).orElse(true);
    }
}
