package jp.pdcaledger.command.web;

import org.springframework.security.access.AccessDeniedException;

/**
 * A write to a sheet of another municipality or department. Answered 404 exactly as a sheet that does not exist
 * (as reads are), so that a refusal tells nothing of whose the sheet is, or that it exists at all. Still an
 * {@link AccessDeniedException}, so that whatever catches a refusal of access (the pages' forms) catches this too.
 */
public class SheetOutOfScopeException extends AccessDeniedException {

    private final String sheetId;

    public SheetOutOfScopeException(String sheetId) {
        super("シート " + sheetId + " はありません");
        this.sheetId = sheetId;
    }

    public String sheetId() {
        return sheetId;
    }
}
