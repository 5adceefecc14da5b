package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.sheet.SheetId;

import java.util.Optional;

/**
 * The command side's own lookup of registered sheets, for the set-based rule the aggregate cannot see alone:
 * one sheet per municipality, plan period and outcome-target number (or title, for an outcome target without a
 * number). It is written in the transaction that stores the registration's events, so the two commit (or roll back)
 * together.
 */
public interface SheetRegistry {

    Optional<SheetId> find(RegisterSheet registration);

    /** Adds the sheet; refuses (with the existing sheet) if one with the same natural key slipped in meanwhile. */
    void add(RegisterSheet registration);

    /** The owner of a sheet, for scope checks of writes; empty for an unknown sheet. */
    Optional<SheetOwner> ownerOf(SheetId sheetId);

    record SheetOwner(String municipalityCode, String department) {
    }
}
