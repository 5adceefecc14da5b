package jp.pdcaledger.command.importing;

import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.sheet.StepNotAllowedException;
import jp.pdcaledger.command.writes.CommandSender;
import jp.pdcaledger.command.writes.Refusal;
import jp.pdcaledger.command.writes.Refusal.FieldError;
import jp.pdcaledger.command.writes.UnitOfWork;
import jp.pdcaledger.command.writes.WriteRefused;
import jp.pdcaledger.command.writes.Written;
import jp.pdcaledger.command.sheet.SheetRegistry;
import jp.pdcaledger.kernel.command.LinkPredecessor;
import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.command.SheetCommand;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Replays a {@code pdca-sheet/v1} document through the same commands a person would send, so that its events and
 * audit trail are those of typing it in. As one unit of work: a refusal of any step stores nothing of the import,
 * and names the document field it came from.
 */
@Component
public class SheetImporter {

    private static final Logger log = LoggerFactory.getLogger(SheetImporter.class);

    /**
     * The document as a new sheet, for {@link jp.pdcaledger.command.writes.SheetWrites} to store all or nothing.
     * {@code importedFrom}: the file's name, or where the request sent it (see
     * {@link jp.pdcaledger.kernel.event.EventMetadata#IMPORTED_FROM}).
     */
    public UnitOfWork<Written> importing(PdcaSheetDocument document, String importedFrom) {
        return sender -> replay(document, sender.importedFrom(importedFrom));
    }

    private final SheetRegistry registry;

    public SheetImporter(SheetRegistry registry) {
        this.registry = registry;
    }

    private Written replay(PdcaSheetDocument document, CommandSender sender) {
        SheetId sheetId = SheetId.generate();
        List<ImportStep> steps = DocumentTranslation.steps(document, sheetId);
        long version = 0;
        RegisterSheet registered = null;
        for (ImportStep step : steps) {
            try {
                if (step.command() instanceof RegisterSheet registration) {
                    sender.register(registration);
                    registered = registration;
                } else if (step.command() instanceof DocumentTranslation.FollowsPeriod follows) {
                    version = sender.send(new LinkPredecessor(sheetId, predecessorOf(registered, follows, step)), null);
                } else {
                    version = sender.send((SheetCommand) step.command(), step.reason());
                }
            } catch (InvalidCommandException invalid) {
                throw new WriteRefused(Refusal.InvalidDocument.of(
                        new FieldError(join(step.path(), invalid.field()), invalid.getMessage())));
            } catch (StepNotAllowedException outOfOrder) {
                throw new WriteRefused(Refusal.InvalidDocument.of(
                        new FieldError(step.path(), outOfOrder.getMessage(), outOfOrder.missingStep())));
            }
        }
        log.info("Imported sheet {} ({} {}, 成果目標 {}) as {} commands", sheetId, document.municipality().code(),
                document.municipality().name(), document.outcomeTarget().number() != null
                        ? "(" + document.outcomeTarget().number() + ")" : document.outcomeTarget().title(), steps.size());
        return Written.created(sheetId, version);
    }

    /** The sheet of the same municipality and outcome target for the period the document says it follows. */
    private SheetId predecessorOf(RegisterSheet registered, DocumentTranslation.FollowsPeriod follows, ImportStep step) {
        PlanPeriod period = follows.period();
        return registry.find(new RegisterSheet(null, registered.municipality(), registered.planTitles(), period,
                        registered.department(), registered.councilName(), registered.outcomeTarget()))
                .orElseThrow(() -> new WriteRefused(Refusal.InvalidDocument.of(new FieldError(step.path(),
                        "前期（" + period.firstFiscalYear().value() + "〜" + period.lastFiscalYear().value()
                                + "年度）のシートがありません。前期のシートを先に取り込んでください"))));
    }

    /**
     * The document field a refusal of one step is about, named as the document names it: the command's fields are
     * not always the document's ({@code text} is {@code evaluation}, {@code improvement} or an opinion itself,
     * {@code key} of an actual is its {@code target} or {@code indicator}, a year outside the period is the year's
     * {@code fiscalYear}, a grade is its year's {@code grade}, the scale's {@code grades} the {@code gradeScale}).
     */
    private static String join(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        if (field == null) {
            return path;
        }
        if (field.equals("fiscalYear") && path.startsWith("fiscalYears[")) {
            return path.substring(0, path.indexOf(']') + 1) + ".fiscalYear";
        }
        if (field.startsWith("grades") && path.equals("gradeScale")) {
            return path + field.substring("grades".length());
        }
        if (field.equals("grade") && path.startsWith("fiscalYears[")) {
            return path.substring(0, path.indexOf(']') + 1) + ".grade";
        }
        if (field.equals("text") && path.startsWith("fiscalYears[")) {
            return path;
        }
        if (field.equals("key") && path.contains(".actuals[")) {
            return path + ".target";
        }
        if (field.equals("key") && path.contains(".activityActuals[")) {
            return path + ".indicator";
        }
        return path + "." + field;
    }
}
