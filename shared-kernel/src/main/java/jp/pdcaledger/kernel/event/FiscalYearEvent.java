package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;

/** An event of one fiscal year's review (the PDCA steps after the plan). */
public sealed interface FiscalYearEvent extends SheetEvent
        permits AnnualActualRecorded, AnnualActualCorrected, AnnualActualConfirmed, ActivityActualRecorded, ActivityActualCorrected,
        EvaluationSubmitted, EvaluationRevised, CouncilOpinionAdded, NoCouncilOpinionRecorded, CouncilOpinionAnswered,
        ImprovementPlanned,
        ReviewClosed, ReviewReopened, FiscalYearPublished {

    FiscalYear fiscalYear();
}
