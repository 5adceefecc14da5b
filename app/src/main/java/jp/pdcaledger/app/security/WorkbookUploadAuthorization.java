package jp.pdcaledger.app.security;

import jp.pdcaledger.command.writes.Actor;
import jp.pdcaledger.command.writes.SheetWriteScope;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.function.Supplier;

/**
 * Who may upload a workbook to a sheet: STAFF of the sheet's municipality and department (SECURITY.md). Decided
 * from the URL and the principal alone, in the security filter chain, so that for anyone else nothing of the upload
 * is read: not by the servlet container's multipart parsing (which the DispatcherServlet starts before any handler),
 * nor by the CSRF filter looking for the pages' token in the form, nor by the workbook reader.
 */
final class WorkbookUploadAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    /** The paths of an upload, their sheet's id as {@code {id}}. */
    static final String API = "/api/sheets/{id}/xlsx";
    static final String PAGE = "/sheets/{id}/xlsx";

    private final ObjectProvider<SheetWriteScope> scope;

    WorkbookUploadAuthorization(ObjectProvider<SheetWriteScope> scope) {
        this.scope = scope;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext request) {
        Authentication actor = authentication.get();
        if (actor == null || !actor.isAuthenticated() || actor instanceof AnonymousAuthenticationToken
                || !Actor.authorities(actor).contains("ROLE_STAFF")) {
            return new AuthorizationDecision(false);
        }
        SheetWriteScope writes = scope.getIfAvailable();
        SheetId sheet = sheetId(request.getVariables().get("id"));
        // without the command side there is no upload to protect; a malformed id is refused (400) before any reading
        return writes == null || sheet == null || writes.permits(Actor.of(actor), sheet, SheetWriteScope.Action.REVIEW)
                ? new AuthorizationDecision(true) : new OutOfScope(sheet);
    }

    /**
     * The role may upload, but not to this sheet: another municipality's or department's. Answered as a write to
     * such a sheet is everywhere, 404 as if it did not exist, naming no owner.
     */
    static final class OutOfScope extends AuthorizationDecision {

        private final SheetId sheet;

        OutOfScope(SheetId sheet) {
            super(false);
            this.sheet = sheet;
        }

        SheetId sheet() {
            return sheet;
        }
    }

    private static SheetId sheetId(String id) {
        try {
            return id == null ? null : SheetId.of(id);
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
