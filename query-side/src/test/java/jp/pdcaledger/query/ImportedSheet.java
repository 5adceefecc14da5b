package jp.pdcaledger.query;

import jp.pdcaledger.kernel.event.ActivityActualRecorded;
import jp.pdcaledger.kernel.event.ActivityIndicatorDefined;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import jp.pdcaledger.kernel.event.CouncilOpinionAdded;
import jp.pdcaledger.kernel.event.EvaluationSubmitted;
import jp.pdcaledger.kernel.event.ImprovementPlanned;
import jp.pdcaledger.kernel.event.NoCouncilOpinionRecorded;
import jp.pdcaledger.kernel.event.SheetRegistered;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.Baseline;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.MunicipalityCode;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static jp.pdcaledger.query.SheetEvents.SHEET;

/**
 * The events that importing a {@code pdca-sheet/v1} document produces: the command side replays the document as the
 * commands a person would send (register, define targets, define indicators, then each fiscal year in the workflow's
 * order), and each command yields one event. Written out here because the query side must not depend on the command
 * side; it follows {@code DocumentTranslation} and {@code ManagementSheet} step for step.
 */
public final class ImportedSheet {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String KITAKYUSHU = "fixtures/kitakyushu-5th-outcome3.json";

    private ImportedSheet() {
    }

    /** The seed sheet, as importing the cleaned fixture leaves it in the store. */
    public static SheetStream seed() {
        return of(document(KITAKYUSHU));
    }

    public static PdcaSheetDocument document(String resource) {
        return JSON.readValue(text(resource), PdcaSheetDocument.class);
    }

    public static String text(String resource) {
        try (InputStream in = ImportedSheet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SheetStream of(PdcaSheetDocument document) {
        SheetStream stream = new SheetStream().by("importer@city.kitakyushu.lg.jp").at("2021-06-01T01:00:00Z");
        stream.then(new SheetRegistered(SHEET,
                new Municipality(MunicipalityCode.of(document.municipality().code()), document.municipality().name()),
                document.planTitles(),
                new PlanPeriod(FiscalYear.of(document.period().firstFiscalYear()),
                        FiscalYear.of(document.period().lastFiscalYear())),
                document.department(), document.councilName(),
                new OutcomeTarget(document.outcomeTarget().number(), document.outcomeTarget().title())));
        for (PdcaSheetDocument.Target target : document.targets()) {
            stream.then(new TargetDefined(SHEET, TargetKey.of(target.key()), target.name(),
                    TargetKind.valueOf(target.kind()), target.unit(),
                    target.baseline() == null ? null : new Baseline(target.baseline().value(),
                            target.baseline().fiscalYear() == null ? null : FiscalYear.of(target.baseline().fiscalYear())),
                    target.targetValue(),
                    target.deadlineFiscalYear() == null ? null : FiscalYear.of(target.deadlineFiscalYear()),
                    target.direction() == null ? null : Direction.valueOf(target.direction()),
                    Boolean.TRUE.equals(target.cumulative()), target.note(), target.rationale()));
        }
        for (PdcaSheetDocument.ActivityIndicator indicator : document.activityIndicators()) {
            stream.then(new ActivityIndicatorDefined(SHEET, TargetKey.of(indicator.key()), indicator.name(),
                    indicator.unit(), indicator.planned().stream()
                    .map(planned -> new PlannedValue(FiscalYear.of(planned.fiscalYear()), planned.value())).toList()));
        }
        for (PdcaSheetDocument.FiscalYear year : document.fiscalYears()) {
            FiscalYear fiscalYear = FiscalYear.of(year.fiscalYear());
            year.actuals().forEach(actual -> stream.then(new AnnualActualRecorded(SHEET, fiscalYear,
                    TargetKey.of(actual.target()), actual.value(), actual.note())));
            year.activityActuals().forEach(actual -> stream.then(new ActivityActualRecorded(SHEET, fiscalYear,
                    TargetKey.of(actual.indicator()), actual.value(), actual.note())));
            if (year.evaluation() != null) {
                stream.then(new EvaluationSubmitted(SHEET, fiscalYear, year.evaluation()));
            }
            year.councilOpinions().forEach(text -> stream.then(new CouncilOpinionAdded(SHEET, fiscalYear, text)));
            if (Boolean.TRUE.equals(year.noCouncilOpinion())) {
                stream.then(new NoCouncilOpinionRecorded(SHEET, fiscalYear));
            }
            if (year.improvement() != null) {
                stream.then(new ImprovementPlanned(SHEET, fiscalYear, year.improvement()));
            }
        }
        return stream;
    }
}
