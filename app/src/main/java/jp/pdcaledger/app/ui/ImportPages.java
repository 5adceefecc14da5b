package jp.pdcaledger.app.ui;

import jp.pdcaledger.command.importing.SheetImporter;
import jp.pdcaledger.command.web.CommandProblems;
import jp.pdcaledger.command.web.WriteEnvelope;
import jp.pdcaledger.command.writes.Outcome;
import jp.pdcaledger.command.writes.Refusals;
import jp.pdcaledger.command.writes.SheetWrites;
import jp.pdcaledger.command.writes.WriteRefused;
import jp.pdcaledger.command.writes.Written;
import jp.pdcaledger.command.workbook.WorkbookReadings;
import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import jp.pdcaledger.workbook.InvalidWorkbookException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A whole sheet imported by the administrator from the browser: a {@code pdca-sheet/v1} document, or a sheet's
 * workbook, chosen with a file input. The same reading and the same replay as the API's {@code POST /api/sheets/import}
 * (all or nothing); a refusal is the problem document that route answers, its fields said in Japanese beside the
 * file input, and what was imported is said with a link to the new sheet.
 */
@Controller
@ConditionalOnProperty(name = {"pdca.side.command.enabled", "pdca.side.query.enabled"}, havingValue = "true",
        matchIfMissing = true)
public class ImportPages {

    static final String PATH = "/admin/sheets/import";

    /** A fault of the refused file, as the page lists it: the field in Japanese (if any) and what is wrong. */
    public record Fault(String field, String message) {
    }

    /** The refusal of one of the page's two forms ({@code document} or {@code workbook}), from its problem document. */
    public record ImportRefusal(String form, String title, String detail, List<Fault> faults, String existingSheet) {
    }

    private final SheetImporter importer;
    private final WorkbookReadings readings;
    private final SheetWrites writes;
    private final SheetViewRepository views;
    private final JsonMapper json;

    public ImportPages(SheetImporter importer, WorkbookReadings readings, SheetWrites writes,
                       SheetViewRepository views, JsonMapper json) {
        this.importer = importer;
        this.readings = readings;
        this.writes = writes;
        this.views = views;
        this.json = json;
    }

    @GetMapping(PATH)
    public String importForm() {
        return "admin-import";
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public String importDocument(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                                 RedirectAttributes flash, WriteEnvelope envelope) throws IOException, InterruptedException {
        try {
            PdcaSheetDocument document = json.readValue(chosen(file).getBytes(), PdcaSheetDocument.class);
            if (document == null) {
                throw new InvalidValueException("ファイルに文書がありません（中身が null です）");
            }
            return imported(document, file.getOriginalFilename(), flash, envelope);
        } catch (JacksonException unreadable) {
            return refused("document", CommandProblems.unreadableJson(unreadable), model);
        } catch (RuntimeException refusal) {
            return refused("document", problem(refusal), model);
        }
    }

    @PostMapping(path = PATH + "/xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public String importWorkbook(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                                 RedirectAttributes flash, WriteEnvelope envelope) throws IOException, InterruptedException {
        try {
            MultipartFile workbook = chosen(file);
            return imported(readings.read(workbook::getInputStream).read().document(), workbook.getOriginalFilename(),
                    flash, envelope);
        } catch (RuntimeException refusal) {
            return refused("workbook", problem(refusal), model);
        }
    }

    private static MultipartFile chosen(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidValueException("ファイルを選んでから取り込んでください（選ばれていないか、空のファイルです）");
        }
        return file;
    }

    /** The file's name goes with the events, so that the history says which file they were imported from. */
    private String imported(PdcaSheetDocument document, String fileName, RedirectAttributes flash,
                            WriteEnvelope envelope) throws InterruptedException {
        String importedFrom = fileName == null || fileName.isBlank() ? "(ファイル名なし)" : fileName;
        Outcome<Written> outcome = writes.write(envelope.unkeyed(), importer.importing(document, importedFrom));
        if (outcome.refusal().isPresent()) {
            throw new WriteRefused(outcome.refusal().get());
        }
        Written result = outcome.orElseThrow();
        // the link the page offers opens the sheet as imported, and the list shows it
        views.awaitVersion(result.sheetId(), result.version(), Duration.ofSeconds(5));
        flash.addFlashAttribute("stored", "シートを取り込みました: " + document.municipality().name() + "（"
                + document.municipality().code() + "） " + new OutcomeTarget(document.outcomeTarget().number(),
                document.outcomeTarget().title()).label() + "。目標 "
                + count(document.targets()) + " 件、活動指標 " + count(document.activityIndicators()) + " 件、年度 "
                + count(document.fiscalYears()) + " 件を、" + (result.version() + 1) + " 件の記録として保存しました。");
        flash.addFlashAttribute("importedSheet", result.sheetId());
        return "redirect:" + PATH;
    }

    private static int count(List<?> items) {
        return items == null ? 0 : items.size();
    }

    /** The problem document the API answers for this refusal of an import. */
    private static ProblemDetail problem(RuntimeException refusal) {
        if (refusal instanceof ErrorResponseException limit) {
            return limit.getBody();
        }
        return Refusals.of(refusal).map(CommandProblems::problem).orElseThrow(() -> refusal);
    }

    private static String refused(String form, ProblemDetail problem, Model model) {
        model.addAttribute("refusal", new ImportRefusal(form, problem.getTitle(), problem.getDetail(), faults(problem),
                existingSheet(problem)));
        return "admin-import";
    }

    private static List<Fault> faults(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties();
        if (properties == null || !(properties.get("errors") instanceof List<?> errors)) {
            return List.of();
        }
        return errors.stream().filter(Map.class::isInstance).map(Map.class::cast).map(error -> {
            Object field = error.get("field");
            String message = String.valueOf(error.get("message"));
            // a workbook's message already begins with its cell (C14: …); a document's field is a path to translate
            return field == null || message.startsWith(field + ":") ? new Fault(null, message)
                    : new Fault(DocumentFields.label(field.toString()), message);
        }).toList();
    }

    private static String existingSheet(ProblemDetail problem) {
        Object existing = problem.getProperties() == null ? null : problem.getProperties().get("existingSheet");
        return existing == null ? null : existing.toString();
    }
}
