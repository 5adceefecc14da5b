package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * The answer to the year's {@code opinion}-th council opinion (from 1). A revised answer carries the answer it
 * replaces ({@code previousResponse} and {@code previousText}, both null for a first answer); the reason travels as
 * metadata.
 */
public record CouncilOpinionAnswered(SheetId sheetId, FiscalYear fiscalYear, int opinion, OpinionResponse response,
                                     String text, OpinionResponse previousResponse, String previousText)
        implements FiscalYearEvent {
}
