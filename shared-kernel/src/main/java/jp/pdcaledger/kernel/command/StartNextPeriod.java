package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.SheetId;

import java.util.List;

/**
 * Rolls the sheet's plan period over into the next (第5期 → 第6期): registers {@code successor}, a sheet of the same
 * municipality, department, council and outcome target for the period of the same length that follows, under the
 * next plan's {@code planTitles}, linked to this one both ways. Only once the period's last fiscal year is closed, and
 * once per sheet. The successor starts with no targets: what the ending period proposes for them (the last actual as
 * the new baseline, the unmet share carried over) is read from this sheet and confirmed by defining them.
 */
public record StartNextPeriod(SheetId sheetId, SheetId successor, List<String> planTitles, Long expectedVersion)
        implements VersionedCommand, TouchesOtherSheet {

    @Override
    public SheetId otherSheet() {
        return successor;
    }
}
