package jp.pdcaledger.command.writes;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who writes: the authenticated name (never a value the client sends) and the granted authorities, its roles
 * ({@code ROLE_STAFF}) and its scope ({@link jp.pdcaledger.kernel.ActorScopes}), as every rule of the write side
 * reads them.
 */
public record Actor(String name, Set<String> authorities) {

    public Actor {
        if (name == null) {
            throw new IllegalArgumentException("a write has an actor");
        }
        authorities = Set.copyOf(authorities);
    }

    /** The signed-in principal; refused if there is none, since no command is sent on behalf of nobody. */
    public static Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("commands are sent only on behalf of an authenticated actor");
        }
        return new Actor(authentication.getName(), authorities(authentication));
    }

    /** The authorities as the rules compare them; none for nobody signed in. */
    public static Set<String> authorities(Authentication authentication) {
        return authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
    }

    public boolean has(String authority) {
        return authorities.contains(authority);
    }

    /** The roles as the events' metadata records them: {@code ROLE_ADMIN,ROLE_STAFF}, sorted. */
    public String roles() {
        return authorities.stream().filter(authority -> authority.startsWith("ROLE_")).sorted()
                .collect(Collectors.joining(","));
    }
}
