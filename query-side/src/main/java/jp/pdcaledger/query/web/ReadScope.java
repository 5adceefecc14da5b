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
 * <p>
 * The one rule for narrowing a read, with the answers the service has always given (the HTTP contract):
 * <ul>
 *     <li>a list or a dashboard asked for another municipality, or for a prefecture that is not the reader's, is
 *     refused 403 ({@link #narrow}, {@link #requireWithinPrefecture}): the reader named it, so it is told it may not
 *     read it;</li>
 *     <li>one sheet of another municipality is 404 ({@link #maySee}), as if it did not exist: its id was not
 *     chosen from anything the reader may see, and neither its existence nor its owner is told;</li>
 *     <li>the sheet list page takes the reader's own municipality ({@link #municipality}) and leaves out what was
 *     typed in its filter instead of refusing it: a page says what it cannot read beside the field, never an error
 *     page.</li>
 * </ul>
 */
@Component
public class ReadScope {

    // The roles are spelled again here, not taken from the app's Roles: the query side cannot depend on the app.
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

    /**
     * The municipality a read of many sheets filters by: the one asked for ({@code null}: any), narrowed to the
     * reader's own; another one is refused (403), {@code what} naming what was asked for (シート, ダッシュボード).
     */
    public String narrow(String requestedCode, String what) {
        Optional<String> own = municipality();
        if (own.isEmpty()) {
            return requestedCode;
        }
        if (requestedCode != null && !requestedCode.equals(own.get())) {
            throw ReadRefusal.forbidden("団体 " + requestedCode + " の" + what + "を読む権限がありません");
        }
        return own.get();
    }

    /** A prefecture ({@code null}: any) a reader of one municipality may ask for only if it is its own (else 403). */
    public void requireWithinPrefecture(String prefectureCode, String what) {
        Optional<String> own = municipality();
        if (prefectureCode != null && own.isPresent() && !own.get().startsWith(prefectureCode)) {
            throw ReadRefusal.forbidden("都道府県 " + prefectureCode + " の" + what + "を読む権限がありません");
        }
    }
}
