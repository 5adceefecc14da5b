package jp.pdcaledger.query.transparency;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import org.erdtman.jcs.JsonCanonicalizer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the log holds of one publication: the {@code pdca-sheet/v1} document as it was published (the sheet's events
 * folded up to and including the publication, with the published fiscal year alone, as the public page shows it:
 * the other years may hold what was never published) and who published what, when: municipality, sheet, fiscal
 * year, publication number, time and erratum (正誤, null for a first publication).
 * <p>
 * The leaf's bytes are its RFC 8785 (JCS) canonical JSON in UTF-8: anyone holding the document can make them again
 * and compare. Written by a mapper of its own, not the application's, so that a change to how the API writes JSON
 * cannot change a leaf when the log is rebuilt. JCS writes numbers as IEEE 754 doubles: a figure of more than 15
 * significant digits is held to that precision (no sheet has one).
 */
public record PublicationLeaf(String format, String municipalityCode, String sheetId, int fiscalYear,
                              int publication, String publishedAt, String erratum, PdcaSheetDocument document) {

    public static final String FORMAT = "pdca-ledger-publication/v1";

    private static final JsonMapper LEAF_JSON = JsonMapper.builder().build();

    /** The leaf of a publication, from the sheet's document folded up to and including the publication event. */
    public static PublicationLeaf of(PdcaSheetDocument atPublication, String sheetId, int fiscalYear, int publication,
                                     Instant publishedAt, String erratum) {
        PdcaSheetDocument published = atPublication.onlyYear(fiscalYear);
        return new PublicationLeaf(FORMAT, atPublication.municipality().code(), sheetId, fiscalYear, publication,
                publishedAt.truncatedTo(ChronoUnit.MILLIS).toString(), erratum, published);
    }

    /** The canonical JSON text; its UTF-8 bytes are the leaf. */
    public String canonicalJson() {
        return canonical(LEAF_JSON.writeValueAsString(this));
    }

    public byte[] bytes() {
        return canonicalJson().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 8785 canonical form of any JSON text (the verifier compares a downloaded document by it). */
    public static String canonical(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    /** The document a leaf holds, in canonical form: what a reader compares the document they hold with. */
    public static String documentOf(String leaf) {
        return canonical(LEAF_JSON.writeValueAsString(LEAF_JSON.readTree(leaf).get("document")));
    }
}
