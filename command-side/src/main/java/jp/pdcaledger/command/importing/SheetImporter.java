package jp.pdcaledger.command.importing;

import jp.pdcaledger.command.dispatch.AggregateCacheGuard;
import jp.pdcaledger.command.dispatch.CommandSender;
import jp.pdcaledger.command.importing.InvalidDocumentException.FieldError;
import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.sheet.StepNotAllowedException;
import jp.pdcaledger.command.web.WriteResult;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Replays a {@code pdca-sheet/v1} document through the same commands a person would send, so that its events and
 * audit trail are those of typing it in. The caller runs it in one transaction: a refusal of any step rolls back
 * every event of the import, and the refusal names the document field it came from.
 */
@Component
public class SheetImporter {

    private static final Logger log = LoggerFactory.getLogger(SheetImporter.class);

    private final CommandSender sender;
    private final AggregateCacheGuard cacheGuard;

    public SheetImporter(CommandSender sender, AggregateCacheGuard cacheGuard) {
        this.sender = sender;
        this.cacheGuard = cacheGuard;
    }

    /**
     * Runs inside the caller's transaction, which commits or rolls back the whole import. {@code importedFrom}: the
     * file's name, or where the request sent it (see {@link jp.pdcaledger.kernel.event.EventMetadata#IMPORTED_FROM}).
     */
    public WriteResult replay(PdcaSheetDocument document, String idempotencyKey, String importedFrom) {
        cacheGuard.protectCurrentTransaction();
        SheetId sheetId = SheetId.generate();
        List<ImportStep> steps = DocumentTranslation.steps(document, sheetId);
        long version = 0;
        for (ImportStep step : steps) {
            try {
                Object result = sender.send(step.command(), step.reason(), idempotencyKey, importedFrom);
                if (result instanceof Long sequence) {
                    version = sequence;
                }
            } catch (InvalidCommandException invalid) {
                throw new InvalidDocumentException(List.of(new FieldError(join(step.path(), invalid.field()), invalid.getMessage())));
            } catch (StepNotAllowedException outOfOrder) {
                throw new InvalidDocumentException(List.of(new FieldError(step.path(), outOfOrder.getMessage(),
                        outOfOrder.missingStep())));
            }
        }
        log.info("Imported sheet {} ({} {}, 成果目標 {}) as {} commands", sheetId, document.municipality().code(),
                document.municipality().name(), document.outcomeTarget().number() != null
                        ? "(" + document.outcomeTarget().number() + ")" : document.outcomeTarget().title(), steps.size());
        return new WriteResult(sheetId.value(), version);
    }

    /**
     * The document field a refusal of one step is about, named as the document names it: the command's fields are
     * not always the document's ({@code text} is {@code evaluation}, {@code improvement} or an opinion itself,
     * {@code key} of an actual is its {@code target} or {@code indicator}, a year outside the period is the year's
     * {@code fiscalYear}).
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
