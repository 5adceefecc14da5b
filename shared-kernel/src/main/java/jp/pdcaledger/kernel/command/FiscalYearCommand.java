package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;

/**
 * A command on one fiscal year's review of a sheet: the sheet routes it to that year (its {@code fiscalYear} is the
 * year's entity id), after checking that the year is one of its plan period's.
 */
public interface FiscalYearCommand extends VersionedCommand {

    FiscalYear fiscalYear();
}
