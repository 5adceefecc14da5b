package jp.pdcaledger.app.ui;

import jakarta.servlet.http.HttpServletResponse;
import jp.pdcaledger.query.opendata.OpenDataCsv;
import jp.pdcaledger.query.sheetview.SheetHistory;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import jp.pdcaledger.query.transparency.TransparencyLogRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.time.Duration;
import java.util.List;

/**
 * The public pages (公表): no sign-in, only what has been published. Municipalities with a published sheet → their
 * sheets with the published fiscal years → one publication of a year, laid out as the signed-in sheet page lays it
 * out (the same fragments), as the sheet stood at that publication's event, with every publication of the year and
 * its errata (正誤). A sheet is addressed by its id: the one key that is unique even for a combined progress table,
 * which has no outcome-target number. Whatever is not published (an unknown sheet, a year never published, a
 * publication number not reached, a malformed address) is the same 404, so that an address tells nothing of what is
 * not public; no page shows who recorded anything.
 */
@Controller
@ConditionalOnProperty(name = "pdca.side.query.enabled", havingValue = "true", matchIfMissing = true)
public class PublicPages {

    /** Short: a republication reaches a reader's cache within a minute; the ETag makes the revalidation cheap. */
    static final String CACHE_CONTROL = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue();


    private final SheetViewRepository views;
    private final SheetHistory history;
    private final OpenDataLicence openData;
    private final TransparencyLogRepository transparencyLog;

    public PublicPages(SheetViewRepository views, SheetHistory history, OpenDataLicence openData,
                       TransparencyLogRepository transparencyLog) {
        this.views = views;
        this.history = history;
        this.openData = openData;
        this.transparencyLog = transparencyLog;
    }

    /** Every public page says where its open data is and under which licence. */
    @ModelAttribute
    void openData(Model model) {
        model.addAttribute("openData", openData);
        model.addAttribute("csvNotes", OpenDataCsv.NOTES);
    }

    @GetMapping("/public")
    public String municipalities(Model model, HttpServletResponse response) {
        model.addAttribute("municipalities", views.municipalitiesWithPublications());
        return cached("public/municipalities", response);
    }

    @GetMapping("/public/municipalities/{code}")
    public String municipality(@PathVariable String code, Model model, HttpServletResponse response) {
        if (!PublicAddress.isMunicipalityCode(code)) {
            throw new NotPublished();
        }
        List<PublishedSheet> sheets = views.publishedSheetsOf(code).stream().map(PublishedSheet::of).toList();
        if (sheets.isEmpty()) {
            throw new NotPublished();
        }
        model.addAttribute("municipality", sheets.get(0).municipality());
        model.addAttribute("sheets", sheets);
        return cached("public/municipality", response);
    }

    /** The year's latest publication. */
    @GetMapping("/public/sheets/{id}/fiscal-years/{fy}")
    public String latest(@PathVariable String id, @PathVariable String fy, Model model, HttpServletResponse response) {
        PublishedYear year = publishedYear(id, fy);
        return publication(year, year.latest(), model, response);
    }

    /** An earlier (or the latest) publication of the year, by its number from 1. */
    @GetMapping("/public/sheets/{id}/fiscal-years/{fy}/publications/{n}")
    public String earlier(@PathVariable String id, @PathVariable String fy, @PathVariable String n, Model model,
                          HttpServletResponse response) {
        PublishedYear year = publishedYear(id, fy);
        int number = PublicAddress.number(n);
        return publication(year, year.publications().stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(NotPublished::new), model, response);
    }

    /** The sheet as it stood at the publication's event, showing the published year alone. */
    private String publication(PublishedYear year, SheetView.Publication publication, Model model,
                               HttpServletResponse response) {
        SheetView sheet = PublishedSheet.asPublished(history.atVersion(year.sheetId(), publication.version()),
                year.fiscalYear());
        model.addAttribute("sheet", sheet);
        model.addAttribute("year", sheet.fiscalYears.get(0));
        model.addAttribute("publication", publication);
        model.addAttribute("publications", year.publications());
        model.addAttribute("latest", year.latest());
        // its receipt is offered once the transparency log has appended it (a moment after publishing)
        model.addAttribute("receiptIndex", transparencyLog.indexOf(year.sheetId(), year.fiscalYear(),
                publication.number()).orElse(null));
        return cached("public/publication", response);
    }

    /** A fiscal year of a sheet with its publications, as the stored view lists them (the first first). */
    private record PublishedYear(String sheetId, int fiscalYear, List<SheetView.Publication> publications) {

        SheetView.Publication latest() {
            return publications.get(publications.size() - 1);
        }
    }

    /** The year of a known sheet, if it has been published at least once. */
    private PublishedYear publishedYear(String id, String fy) {
        String sheetId = PublicAddress.sheetId(id);
        int fiscalYear = PublicAddress.fiscalYear(fy);
        SheetView view = views.find(sheetId).orElseThrow(NotPublished::new);
        return view.fiscalYears.stream().filter(year -> year.fiscalYear == fiscalYear && !year.publications.isEmpty())
                .findFirst().map(year -> new PublishedYear(view.sheetId, fiscalYear, List.copyOf(year.publications)))
                .orElseThrow(NotPublished::new);
    }


    private static String cached(String page, HttpServletResponse response) {
        response.setHeader("Cache-Control", CACHE_CONTROL);
        return page;
    }

    @ExceptionHandler(NotPublished.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notPublished(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return "public/not-found";
    }

    /** Anything that is not published: answered alike, whatever it is. */
    static final class NotPublished extends RuntimeException {
        NotPublished() {
            super(null, null, false, false);
        }
    }
}
