package jp.pdcaledger.app.web;

import java.util.Map;
import java.util.Set;

/**
 * Every status an operation can answer besides its success, by the kind of operation it is. Read from the code: the
 * security filter chain for 401/403, the write path's refusals for 400/404/409/422, the body limits for 413, the
 * version waits and the database for 503. Each endpoint describes itself beside its mapping ({@code @Operation}: its
 * operationId, tag, summary and roles); an endpoint without one fails {@code OpenApiLintTest} (no summary), so none
 * is forgotten, and a new one answers what its kind answers with no entry here.
 */
final class ApiOperations {

    /** A write's refusals: the body, the role, the sheet, the workflow or the version, the size, the type, the key, the database. */
    private static final Set<Integer> WRITE = Set.of(400, 401, 403, 404, 409, 413, 415, 422, 503);
    /** A write that makes a new sheet: no sheet to miss. */
    private static final Set<Integer> NEW_SHEET = Set.of(400, 401, 403, 409, 413, 415, 422, 503);
    /** A read of one sheet: a bad id or asOf, no sheet (or another municipality's), a view not caught up with minVersion. */
    private static final Set<Integer> SHEET_READ = Set.of(400, 401, 404, 503);
    /** A read restricted to some roles (lists, the dashboard, the audit log, the projections' administration). */
    private static final Set<Integer> ROLE_READ = Set.of(400, 401, 403, 503);

    /** The operations that answer otherwise than their kind, by operationId. */
    private static final Map<String, Set<Integer>> OWN = Map.of(
            "getSheetHistory", Set.of(400, 401, 403, 404, 503),
            "verifyHashChain", Set.of(401, 403, 409, 503),
            "listProjections", Set.of(401, 403, 503));

    private ApiOperations() {
    }

    static Set<Integer> refusals(String method, String path, String operationId) {
        Set<Integer> own = OWN.get(operationId);
        if (own != null) {
            return own;
        }
        boolean sheets = path.startsWith("/api/sheets");
        if (method.equals("POST") && sheets) {
            return path.equals("/api/sheets") || path.equals("/api/sheets/import") ? NEW_SHEET : WRITE;
        }
        return method.equals("GET") && path.startsWith("/api/sheets/{id}") ? SHEET_READ : ROLE_READ;
    }
}
