package jp.pdcaledger.app.security;

import jp.pdcaledger.kernel.ActorScopes;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.List;

/**
 * Production sign-in: a JWT from the municipality's identity provider. Its claims give the actor
 * ({@code preferred_username}, else {@code sub}), the roles ({@code roles}: STAFF, COUNCIL, AUDITOR, DASHBOARD,
 * ADMIN) and the scope ({@code municipality}: the 6-digit code; {@code department}: for STAFF), as the same
 * authorities the demo users carry, so every rule reads them alike.
 */
public class TokenAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        List<String> roles = jwt.getClaimAsStringList("roles");
        if (roles != null) {
            roles.stream().filter(Roles.ALL::contains).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        String municipality = jwt.getClaimAsString("municipality");
        if (municipality != null) {
            authorities.add(new SimpleGrantedAuthority(ActorScopes.MUNICIPALITY_PREFIX + municipality));
        }
        String department = jwt.getClaimAsString("department");
        if (department != null) {
            authorities.add(new SimpleGrantedAuthority(ActorScopes.DEPARTMENT_PREFIX + department));
        }
        String name = jwt.getClaimAsString("preferred_username");
        return new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject());
    }
}
