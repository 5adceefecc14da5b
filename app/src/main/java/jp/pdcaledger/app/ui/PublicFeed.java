package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The publications and errata as Atom feeds (RFC 4287), for everyone and per municipality: a resident, a newspaper
 * or the prefecture subscribes instead of watching the pages. Each entry is one publication of a fiscal year (the
 * first, or a republication with its erratum), linked to its public page; newest first, at most
 * {@value #ENTRIES}. Nothing in it is not on the public pages already.
 */
@Controller
@ConditionalOnProperty(name = "pdca.side.query.enabled", havingValue = "true", matchIfMissing = true)
public class PublicFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final MediaType ATOM_XML = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 100;
    /** The sheets read for a feed: the ones changed last, enough for {@value #ENTRIES} entries in practice. */
    private static final int SHEETS = 300;

    private final SheetViewRepository views;

    public PublicFeed(SheetViewRepository views) {
        this.views = views;
    }

    @GetMapping("/public/feed.atom")
    public ResponseEntity<String> everyone() {
        return feed("目標等の管理シートの公表と正誤", "/public/feed.atom", "/public", views.lastChangedPublishedSheets(null, SHEETS));
    }

    @GetMapping("/public/municipalities/{code}/feed.atom")
    public ResponseEntity<String> municipality(@PathVariable String code) {
        List<SheetView> sheets = PublicAddress.isMunicipalityCode(code)
                ? views.lastChangedPublishedSheets(code, SHEETS) : List.of();
        if (sheets.isEmpty()) {
            // as for the pages: a municipality with nothing published is not found, and that is not kept
            return ResponseEntity.status(404).header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .contentType(MediaType.TEXT_PLAIN).body("公表されたシートはありません");
        }
        return feed(sheets.get(0).municipality.name() + "の目標等の管理シートの公表と正誤",
                "/public/municipalities/" + code + "/feed.atom", "/public/municipalities/" + code, sheets);
    }

    private record Entry(SheetView sheet, SheetView.FiscalYearReview year, SheetView.Publication publication) {
    }

    private ResponseEntity<String> feed(String title, String self, String alternate, List<SheetView> sheets) {
        List<Entry> entries = new ArrayList<>();
        for (SheetView sheet : sheets) {
            for (SheetView.FiscalYearReview year : sheet.fiscalYears) {
                year.publications.forEach(publication -> entries.add(new Entry(sheet, year, publication)));
            }
        }
        entries.sort(Comparator.comparing((Entry entry) -> entry.publication().published().at()).reversed());
        List<Entry> newest = entries.subList(0, Math.min(ENTRIES, entries.size()));
        Instant updated = newest.isEmpty() ? Instant.EPOCH : newest.get(0).publication().published().at();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok().contentType(ATOM_XML)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
                .body(write(title, base, self, alternate, updated, newest));
    }

    private static String write(String title, String base, String self, String alternate, Instant updated,
                                List<Entry> entries) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "ja");
            element(xml, "id", base + self);
            element(xml, "title", title);
            element(xml, "updated", rfc3339(updated));
            link(xml, "self", base + self, "application/atom+xml");
            link(xml, "alternate", base + alternate, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "pdca-ledger");
            xml.writeEndElement();
            for (Entry entry : entries) {
                entry(xml, base, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void entry(XMLStreamWriter xml, String base, Entry entry) throws XMLStreamException {
        SheetView sheet = entry.sheet();
        SheetView.Publication publication = entry.publication();
        String page = base + "/public/sheets/" + sheet.sheetId + "/fiscal-years/" + entry.year().fiscalYear
                + "/publications/" + publication.number();
        String outcome = (sheet.outcomeTarget.number() == null ? "" : "成果目標") + sheet.outcomeTarget.label();
        String what = publication.erratum() == null ? "公表" : "正誤を付けて再公表（第" + publication.number() + "版）";
        xml.writeStartElement("entry");
        element(xml, "id", page);
        element(xml, "title", sheet.municipality.name() + " " + outcome + " "
                + FiscalYear.of(entry.year().fiscalYear).japaneseLabel() + "を" + what);
        element(xml, "updated", rfc3339(publication.published().at()));
        link(xml, "alternate", page, "text/html");
        if (publication.erratum() != null) {
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters("正誤: " + publication.erratum());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
