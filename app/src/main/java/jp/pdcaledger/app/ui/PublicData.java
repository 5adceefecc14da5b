package jp.pdcaledger.app.ui;

import jakarta.servlet.http.HttpServletRequest;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.query.opendata.OpenDataCsv;
import jp.pdcaledger.query.opendata.PublishedFigures;
import jp.pdcaledger.query.sheetview.SheetHistory;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The published years as open data: the figures as CSV per sheet, per municipality and for the whole country
 * ({@link OpenDataCsv}), each publication as its {@code pdca-sheet/v1} document, and a DCAT catalogue of them all
 * ({@link OpenDataCatalogue}) for an open-data portal to harvest. Only what the public pages show: an address of
 * anything not published is the same 404 as theirs.
 */
@RestController
@ConditionalOnProperty(name = "pdca.side.query.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(OpenDataLicence.class)
public class PublicData {

    private static final MediaType CSV = MediaType.parseMediaType(OpenDataCsv.MEDIA_TYPE);
    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final SheetViewRepository views;
    private final SheetHistory history;
    private final PublishedFigures figures;
    private final OpenDataLicence licence;

    public PublicData(SheetViewRepository views, SheetHistory history, PublishedFigures figures,
                      OpenDataLicence licence) {
        this.views = views;
        this.history = history;
        this.figures = figures;
        this.licence = licence;
    }

    @GetMapping("/public/sheets/{id}/data.csv")
    public ResponseEntity<byte[]> sheet(@PathVariable String id) {
        SheetView sheet = publishedSheet(id);
        return csv("pdca-" + sheet.municipality.code() + "-" + sheet.sheetId + ".csv", List.of(sheet));
    }

    @GetMapping("/public/municipalities/{code}/data.csv")
    public ResponseEntity<byte[]> municipality(@PathVariable String code) {
        List<SheetView> sheets = PublicAddress.isMunicipalityCode(code) ? views.publishedSheetsOf(code) : List.of();
        if (sheets.isEmpty()) {
            throw new PublicPages.NotPublished();
        }
        return csv("pdca-" + code + ".csv", sheets);
    }

    /**
     * The whole country, written as it is read, a municipality at a time: it is too large to hold (or to buffer for
     * an ETag), so it goes out unbuffered and is cached by age alone.
     */
    @GetMapping("/public/data.csv")
    public ResponseEntity<StreamingResponseBody> country(HttpServletRequest request) {
        ShallowEtagHeaderFilter.disableContentCaching(request);
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            OpenDataCsv csv = new OpenDataCsv(writer);
            for (SheetView.Municipality municipality : views.municipalitiesWithPublications()) {
                for (SheetView sheet : views.publishedSheetsOf(municipality.code())) {
                    figures.of(sheet).forEach(csv::write);
                }
                csv.flush();
            }
            writer.flush();
        };
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CACHE_CONTROL, "public, max-age=600")
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("pdca-all.csv")).body(body);
    }

    /** The sheet as the publication published it: the year alone, with the targets in force at the time. */
    @GetMapping("/public/sheets/{id}/fiscal-years/{fy}/publications/{n}/pdca-sheet.json")
    public ResponseEntity<PdcaSheetDocument> document(@PathVariable String id, @PathVariable String fy,
                                                      @PathVariable String n) {
        SheetView sheet = publishedSheet(id);
        int fiscalYear = PublicAddress.fiscalYear(fy);
        int number = PublicAddress.number(n);
        SheetView.Publication publication = sheet.fiscalYears.stream().filter(year -> year.fiscalYear == fiscalYear)
                .flatMap(year -> year.publications.stream()).filter(p -> p.number() == number).findFirst()
                .orElseThrow(PublicPages.NotPublished::new);
        PdcaSheetDocument whole = history.document(sheet.sheetId, publication.version());
        PdcaSheetDocument published = whole.onlyYear(fiscalYear);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, PublicPages.CACHE_CONTROL)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("pdca-" + sheet.municipality.code() + "-"
                        + fiscalYear + "-" + number + ".json"))
                .body(published);
    }

    @GetMapping("/public/catalog.jsonld")
    public ResponseEntity<String> catalogue() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        OpenDataCatalogue catalogue = new OpenDataCatalogue(base, licence);
        for (SheetView.Municipality municipality : views.municipalitiesWithPublications()) {
            catalogue.add(municipality, views.publishedSheetsOf(municipality.code()));
        }
        return ResponseEntity.ok().contentType(JSON_LD).header(HttpHeaders.CACHE_CONTROL, "public, max-age=600")
                .body(catalogue.toJson());
    }

    /** A sheet's or a municipality's table: small enough to answer whole, so that it has an ETag like the pages. */
    private ResponseEntity<byte[]> csv(String filename, List<SheetView> sheets) {
        StringWriter out = new StringWriter();
        OpenDataCsv csv = new OpenDataCsv(out);
        sheets.forEach(sheet -> figures.of(sheet).forEach(csv::write));
        csv.flush();
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CACHE_CONTROL, PublicPages.CACHE_CONTROL)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }

    private SheetView publishedSheet(String id) {
        return views.find(PublicAddress.sheetId(id))
                .filter(view -> view.fiscalYears.stream().anyMatch(year -> !year.publications.isEmpty()))
                .orElseThrow(PublicPages.NotPublished::new);
    }

    @ExceptionHandler(PublicPages.NotPublished.class)
    public ResponseEntity<String> notPublished() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.TEXT_PLAIN).body("公表されていません");
    }

}
