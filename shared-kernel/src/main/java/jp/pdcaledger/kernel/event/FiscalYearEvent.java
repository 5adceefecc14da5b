package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;

/** An event of one fiscal year's review (the PDCA steps after the plan). */
public interface FiscalYearEvent extends SheetEvent {

    FiscalYear fiscalYear();
}
