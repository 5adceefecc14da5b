package jp.pdcaledger.app.security;

import java.util.List;

/**
 * The roles there are (SECURITY.md): the only ones a token's {@code roles} claim grants, and the ones that may open
 * the pages and read the sheets at all.
 */
final class Roles {

    static final List<String> ALL = List.of("ADMIN", "AUDITOR", "DASHBOARD", "STAFF", "COUNCIL");

    private Roles() {
    }

    static String[] all() {
        return ALL.toArray(String[]::new);
    }
}
