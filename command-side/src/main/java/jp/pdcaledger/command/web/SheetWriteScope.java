package jp.pdcaledger.command.web;

import jp.pdcaledger.command.sheet.SheetRegistry;
import jp.pdcaledger.kernel.ActorScopes;
import jp.pdcaledger.command.sheet.SheetRegistry.SheetOwner;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Whether the actor may write this sheet: STAFF only the sheets of its own municipality and department, COUNCIL
 * only opinions of its own municipality, ADMIN the sheet's definitions. The roles per URL are checked before this
 * by the security filter chain; this adds the scope, which needs the sheet's owner from the command side's registry.
 * A sheet out of the actor's scope is refused as if it did not exist (404, {@link SheetOutOfScopeException}).
 */
@Component
public class SheetWriteScope {

    /** What a write does to a sheet, as far as scope is concerned. */
    public enum Action { DEFINE, REVIEW, COUNCIL_OPINION }

    private final SheetRegistry registry;
    /** A sheet's owner never changes once registered, so one lookup per sheet and node is enough. */
    private final Map<SheetId, SheetOwner> owners = new ConcurrentHashMap<>();

    public SheetWriteScope(SheetRegistry registry) {
        this.registry = registry;
    }

    /**
     * The rule itself, for any actor's authorities and a sheet's owner: the write path enforces it, and the pages
     * use it to offer only the steps a user may take.
     */
    public static boolean allows(Set<String> authorities, String municipalityCode, String department, Action action) {
        boolean ownMunicipality = authorities.contains(ActorScopes.MUNICIPALITY_PREFIX + municipalityCode);
        boolean ownDepartment = department == null || authorities.contains(ActorScopes.DEPARTMENT_PREFIX + department);
        return (action == Action.DEFINE && authorities.contains("ROLE_ADMIN"))
                || (authorities.contains("ROLE_STAFF") && ownMunicipality && ownDepartment)
                || (action == Action.COUNCIL_OPINION && authorities.contains("ROLE_COUNCIL") && ownMunicipality);
    }

    public void check(SheetId sheetId, Action action) {
        SheetOwner owner = ownerOf(sheetId);
        if (owner == null) {
            return; // an unknown sheet is answered 404 by the write itself
        }
        Authentication actor = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = actor.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean allowed = allows(authorities, owner.municipalityCode(), owner.department(), action);
        if (!allowed) {
            throw new SheetOutOfScopeException(sheetId.value());
        }
    }

    /**
     * Whether {@code actor} may take {@code action} on the sheet, for a decision taken before anything of the request
     * is read (an upload's roles and scope, in the security filter chain); an unknown sheet is the write's to answer.
     */
    public boolean permits(Authentication actor, SheetId sheetId, Action action) {
        SheetOwner owner = ownerOf(sheetId);
        return owner == null || allows(actor.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet()), owner.municipalityCode(), owner.department(), action);
    }

    private SheetOwner ownerOf(SheetId sheetId) {
        SheetOwner owner = owners.get(sheetId);
        if (owner == null) {
            owner = registry.ownerOf(sheetId).orElse(null);
            if (owner != null) {
                owners.put(sheetId, owner);
            }
        }
        return owner;
    }
}
