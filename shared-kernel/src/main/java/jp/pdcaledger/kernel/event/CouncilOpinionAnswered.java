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
        implements SheetEvent.FiscalYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.councilOpinionAnswered(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.answerOpinion(fiscalYear, opinion, response, text);
    }

    @Override
    public String describe(AuditFields fields) {
        if (previousResponse == null) {
            fields.added("opinionResponse", response.label());
            fields.added("opinionAnswer", text);
            return AuditPhrases.label(fiscalYear) + " の協議会等意見 " + opinion + " 件目に回答: " + response.label();
        }
        fields.changed("opinionResponse", previousResponse.label(), response.label());
        fields.changed("opinionAnswer", previousText, text);
        return AuditPhrases.label(fiscalYear) + " の協議会等意見 " + opinion + " 件目への回答を修正: "
                + previousResponse.label() + " → " + response.label();
    }
}
