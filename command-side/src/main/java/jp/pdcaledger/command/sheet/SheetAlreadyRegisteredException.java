package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.sheet.SheetId;

/** A sheet for the same municipality, plan period and outcome target exists already (HTTP 409). */
public class SheetAlreadyRegisteredException extends RuntimeException {

    private final SheetId existingSheet;

    public SheetAlreadyRegisteredException(SheetId existingSheet) {
        super("同じ団体・計画期間・成果目標（番号、番号のないものは表題）のシートが既に登録されています: " + existingSheet);
        this.existingSheet = existingSheet;
    }

    public SheetId existingSheet() {
        return existingSheet;
    }
}
