package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * The department's answer to one council opinion of a fiscal year ({@code opinion}: its place in the year's list,
 * from 1): how it was reflected and what was done. Sent again, with a reason, it revises the answer. An answer may
 * come after the year is closed (it often comes with the next year's review) and never reopens it.
 */
public record RespondToCouncilOpinion(SheetId sheetId, FiscalYear fiscalYear, int opinion, OpinionResponse response,
                                      String text, String reason, Long expectedVersion) implements FiscalYearCommand {
}
