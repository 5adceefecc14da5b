package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that the council was heard and had no opinion (特になし). */
public record RecordNoCouncilOpinion(@TargetAggregateIdentifier SheetId sheetId, FiscalYear fiscalYear,
                                     @TargetAggregateVersion Long expectedVersion) {
}
