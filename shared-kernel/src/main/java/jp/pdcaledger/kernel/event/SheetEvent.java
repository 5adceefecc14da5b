package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * Every event of a sheet's stream names its sheet. The set is closed: a new event is added to {@code permits} and
 * to {@link SheetEventVisitor}, which every fold implements, so a fold that does not handle it does not compile.
 */
public sealed interface SheetEvent
        permits SheetRegistered, SheetDerived, NextPeriodStarted, TargetDefined, TargetRevised, TargetClassified,
        ActivityIndicatorDefined, GradeScaleDefined,
        FiscalYearEvent {

    SheetId sheetId();
}
