package jp.pdcaledger.command.writes;

import jp.pdcaledger.command.sheet.SheetRegistry;
import jp.pdcaledger.command.sheet.SheetRegistry.SheetOwner;
import jp.pdcaledger.kernel.ActorScopes;
import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.DefineActivityIndicator;
import jp.pdcaledger.kernel.command.DefineGradeScale;
import jp.pdcaledger.kernel.command.DefineTarget;
import jp.pdcaledger.kernel.command.PublishFiscalYear;
import jp.pdcaledger.kernel.command.StartNextPeriod;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
import jp.pdcaledger.kernel.command.ClassifyTarget;
import jp.pdcaledger.kernel.command.ReviseTarget;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the actor may write this sheet: STAFF only the sheets of its own municipality and department, COUNCIL
 * only opinions of its own municipality, ADMIN the sheet's definitions and its publications. The roles per URL are checked before this
 * by the security filter chain; this adds the scope, which needs the sheet's owner from the command side's registry.
 * The one rule of the write side's scope: the write path refuses by it ({@link Refusal.Forbidden}, answered as if
 * the sheet did not exist), the upload's gate decides by it before the body is read, and the pages offer by it only
 * the steps a user may take.
 */
@Component
public class SheetWriteScope {

    /** What a write does to a sheet, as far as scope is concerned. */
    public enum Action {
        DEFINE, REVIEW, COUNCIL_OPINION,
        /** Publishing a closed year (公表): the sheet's own staff, or an admin on the municipality's behalf. */
        PUBLISH;

        /** The action a command is: its definitions, the council's opinions, publication, or the review's steps. */
        public static Action of(Object command) {
            if (command instanceof PublishFiscalYear) {
                return PUBLISH;
            }
            if (command instanceof DefineTarget || command instanceof DefineActivityIndicator
                    || command instanceof ReviseTarget || command instanceof ClassifyTarget
                    || command instanceof StartNextPeriod || command instanceof DefineGradeScale) {
                return DEFINE;
            }
            if (command instanceof AddCouncilOpinion || command instanceof RecordNoCouncilOpinion) {
                return COUNCIL_OPINION;
            }
            return REVIEW;
        }
    }

    private final SheetRegistry registry;
    /** A sheet's owner never changes once registered, so one lookup per sheet and node is enough. */
    private final Map<SheetId, SheetOwner> owners = new ConcurrentHashMap<>();

    public SheetWriteScope(SheetRegistry registry) {
        this.registry = registry;
    }

    /** The rule itself, for any actor's authorities and a sheet's owner. */
    public static boolean allows(Set<String> authorities, String municipalityCode, String department, Action action) {
        boolean ownMunicipality = authorities.contains(ActorScopes.MUNICIPALITY_PREFIX + municipalityCode);
        boolean ownDepartment = department == null || authorities.contains(ActorScopes.DEPARTMENT_PREFIX + department);
        return ((action == Action.DEFINE || action == Action.PUBLISH) && authorities.contains("ROLE_ADMIN"))
                || (authorities.contains("ROLE_STAFF") && ownMunicipality && ownDepartment)
                || (action == Action.COUNCIL_OPINION && authorities.contains("ROLE_COUNCIL") && ownMunicipality);
    }

    /** Whether {@code actor} may take {@code action} on the sheet; an unknown sheet is the write's to refuse. */
    public boolean permits(Actor actor, SheetId sheetId, Action action) {
        SheetOwner owner = ownerOf(sheetId);
        return owner == null || allows(actor.authorities(), owner.municipalityCode(), owner.department(), action);
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
