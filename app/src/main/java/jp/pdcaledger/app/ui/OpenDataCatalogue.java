package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.query.opendata.OpenDataCsv;
import jp.pdcaledger.query.sheetview.SheetView;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The open data as a DCAT catalogue in JSON-LD, the form an open-data portal harvests (CKAN's DCAT harvester, the
 * government's data catalogue): the country's table as one dataset, and each municipality's published sheets as one
 * dataset whose distributions are its table, each sheet's table and each publication's {@code pdca-sheet/v1}
 * document. Every dataset and distribution states the licence, and the tables carry the notes that say how they are
 * written ({@link OpenDataCsv#NOTES}).
 */
final class OpenDataCatalogue {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CSV = "https://www.iana.org/assignments/media-types/text/csv";
    private static final String JSON = "https://www.iana.org/assignments/media-types/application/json";

    private final String base;
    private final OpenDataLicence licence;
    private final ObjectNode catalogue = NODES.objectNode();
    private final ArrayNode datasets;

    OpenDataCatalogue(String base, OpenDataLicence licence) {
        this.base = base;
        this.licence = licence;
        ObjectNode context = catalogue.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        catalogue.put("@id", base + "/public/catalog.jsonld");
        catalogue.put("@type", "dcat:Catalog");
        catalogue.set("dct:title", japanese("障害福祉計画・障害児福祉計画 目標等の管理シート（公表分）"));
        catalogue.set("dct:description", japanese("各団体が評価を締め切って公表した年度の目標等の管理シートの実績値・目標値と、"
                + "公表された管理シートそのもの（pdca-sheet/v1 形式の JSON）です。"));
        catalogue.set("dct:publisher", agent(licence.publisher()));
        catalogue.set("dct:license", reference(licence.licenceUrl()));
        catalogue.set("foaf:homepage", reference(base + "/public"));
        datasets = catalogue.putArray("dcat:dataset");
        ObjectNode country = dataset(base + "/public#data", "全国の目標等の管理シート（公表分）の実績値・目標値",
                "公表されたすべての団体の表を一つにしたものです。", licence.publisher(), null);
        country.set("dcat:landingPage", reference(base + "/public"));
        country.withArray("dcat:distribution").add(distribution(base + "/public/data.csv", "全国の表（CSV）", CSV,
                OpenDataCsv.NOTES));
    }

    /** The municipality's dataset: its table, each of its sheets' tables and each publication's document. */
    void add(SheetView.Municipality municipality, List<SheetView> sheets) {
        String page = base + "/public/municipalities/" + municipality.code();
        Instant modified = sheets.stream().flatMap(sheet -> sheet.fiscalYears.stream())
                .flatMap(year -> year.publications.stream()).map(publication -> publication.published().at())
                .max(Instant::compareTo).orElse(null);
        ObjectNode dataset = dataset(page + "#data", municipality.name() + "の目標等の管理シート（公表分）",
                municipality.name() + "（全国地方公共団体コード " + municipality.code() + "）が公表した目標等の管理シートです。",
                municipality.name(), modified);
        dataset.put("dct:identifier", "pdca-" + municipality.code());
        dataset.set("dcat:landingPage", reference(page));
        ArrayNode distributions = dataset.withArray("dcat:distribution");
        distributions.add(distribution(page + "/data.csv", municipality.name() + "の表（CSV）", CSV, OpenDataCsv.NOTES));
        for (SheetView sheet : sheets) {
            String label = sheet.outcomeTarget.label() + "（" + FiscalYear.of(sheet.period.firstFiscalYear()).japaneseLabel()
                    + "〜" + FiscalYear.of(sheet.period.lastFiscalYear()).japaneseLabel() + "）";
            distributions.add(distribution(base + "/public/sheets/" + sheet.sheetId + "/data.csv", label + "の表（CSV）",
                    CSV, OpenDataCsv.NOTES));
            for (SheetView.FiscalYearReview year : sheet.fiscalYears) {
                for (SheetView.Publication publication : year.publications) {
                    String title = label + " " + FiscalYear.of(year.fiscalYear).japaneseLabel() + " 第" + publication.number()
                            + "版" + (publication.erratum() == null ? "" : "（正誤）") + "の管理シート（JSON）";
                    ObjectNode document = distribution(base + "/public/sheets/" + sheet.sheetId + "/fiscal-years/"
                            + year.fiscalYear + "/publications/" + publication.number() + "/pdca-sheet.json", title, JSON,
                            "pdca-sheet/v1 形式。公表した時点の管理シートです。");
                    document.set("dct:issued", date(publication.published().at()));
                    distributions.add(document);
                }
            }
        }
    }

    String toJson() {
        return catalogue.toString();
    }

    private ObjectNode dataset(String id, String title, String description, String publisher, Instant modified) {
        ObjectNode dataset = datasets.addObject();
        dataset.put("@id", id);
        dataset.put("@type", "dcat:Dataset");
        dataset.set("dct:title", japanese(title));
        dataset.set("dct:description", japanese(description));
        dataset.set("dct:publisher", agent(publisher));
        dataset.set("dct:license", reference(licence.licenceUrl()));
        dataset.put("dct:language", "ja");
        ArrayNode keywords = dataset.putArray("dcat:keyword");
        List.of("障害福祉計画", "障害児福祉計画", "PDCA", "成果目標").forEach(keyword -> keywords.add(japanese(keyword)));
        if (modified != null) {
            dataset.set("dct:modified", date(modified));
        }
        return dataset;
    }

    private ObjectNode distribution(String url, String title, String mediaType, String description) {
        ObjectNode distribution = NODES.objectNode();
        distribution.put("@id", url);
        distribution.put("@type", "dcat:Distribution");
        distribution.set("dct:title", japanese(title));
        distribution.set("dct:description", japanese(description));
        distribution.set("dcat:accessURL", reference(url));
        distribution.set("dcat:downloadURL", reference(url));
        distribution.set("dcat:mediaType", reference(mediaType));
        distribution.put("dct:format", mediaType.equals(CSV) ? "CSV" : "JSON");
        distribution.set("dct:license", reference(licence.licenceUrl()));
        distribution.set("dct:rights", japanese(licence.licenceName()));
        return distribution;
    }

    private static ObjectNode japanese(String text) {
        return NODES.objectNode().put("@value", text).put("@language", "ja");
    }

    private static ObjectNode reference(String url) {
        return NODES.objectNode().put("@id", url);
    }

    private static ObjectNode agent(String name) {
        ObjectNode agent = NODES.objectNode().put("@type", "foaf:Agent");
        agent.set("foaf:name", japanese(name));
        return agent;
    }

    private static ObjectNode date(Instant instant) {
        return NODES.objectNode().put("@value", LocalDate.ofInstant(instant, FiscalYear.JAPAN).toString())
                .put("@type", "xsd:date");
    }
}
