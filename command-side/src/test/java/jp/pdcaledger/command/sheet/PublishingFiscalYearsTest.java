package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.PublishFiscalYear;
import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.event.CouncilOpinionAnswered;
import jp.pdcaledger.kernel.event.FiscalYearPublished;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

/**
 * Publication (公表): only a closed year is published; the first time without an erratum, and again only when
 * something of the year was recorded since, with an erratum (正誤) that says what changed and why.
 */
class PublishingFiscalYearsTest {

    private static final String ERRATUM = "実績を 0 から 1 に訂正しました（集計漏れのため）。";

    private static FiscalYearPublished published(int publication, String erratum) {
        return new FiscalYearPublished(SHEET, FY2018, publication, erratum);
    }

    /** FY2018 published once, then reopened, its actual corrected, and closed again. */
    private static List<Object> correctedAfterPublication() {
        return history(seedDefined(), closedYear(FY2018), published(1, null), reviewReopened(FY2018),
                new AnnualActualCorrected(SHEET, FY2018, SUPPORT_BASES, BigDecimal.ONE, null, BigDecimal.ZERO, null),
                reviewClosed(FY2018));
    }

    @Test
    void a_closed_year_is_published_for_the_first_time_without_an_erratum() {
        fixture().given(history(seedDefined(), closedYear(FY2018)))
                .when(new PublishFiscalYear(SHEET, FY2018, null, null))
                .expectEvents(published(1, null));
    }

    @Test
    void an_open_year_is_not_published_naming_close_review() {
        fixture().given(history(seedDefined(), heardYear(FY2018), improvementPlanned(FY2018)))
                .when(new PublishFiscalYear(SHEET, FY2018, null, null))
                .expectNoEvents()
                .expectException(missingStep("CloseReview"));
        fixture().given(history(seedDefined(), closedYear(FY2018), published(1, null), reviewReopened(FY2018)))
                .when(new PublishFiscalYear(SHEET, FY2018, ERRATUM, null))
                .expectNoEvents()
                .expectException(missingStep("CloseReview"));
    }

    @Test
    void a_first_publication_has_no_erratum() {
        fixture().given(history(seedDefined(), closedYear(FY2018)))
                .when(new PublishFiscalYear(SHEET, FY2018, ERRATUM, null))
                .expectNoEvents()
                .expectException(invalidField("erratum"));
    }

    @Test
    void a_year_corrected_after_its_publication_is_republished_with_an_erratum() {
        fixture().given(correctedAfterPublication())
                .when(new PublishFiscalYear(SHEET, FY2018, ERRATUM, null))
                .expectEvents(published(2, ERRATUM));
    }

    @Test
    void a_republication_without_an_erratum_is_refused_naming_it() {
        fixture().given(correctedAfterPublication())
                .when(new PublishFiscalYear(SHEET, FY2018, null, null))
                .expectNoEvents()
                .expectException(invalidField("erratum"));
        fixture().given(correctedAfterPublication())
                .when(new PublishFiscalYear(SHEET, FY2018, "  ", null))
                .expectNoEvents()
                .expectException(invalidField("erratum"));
    }

    @Test
    void a_year_unchanged_since_its_publication_is_not_republished() {
        fixture().given(history(seedDefined(), closedYear(FY2018), published(1, null)))
                .when(new PublishFiscalYear(SHEET, FY2018, ERRATUM, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
        // reopening and closing again records nothing the public would read
        fixture().given(history(seedDefined(), closedYear(FY2018), published(1, null), reviewReopened(FY2018),
                        reviewClosed(FY2018)))
                .when(new PublishFiscalYear(SHEET, FY2018, ERRATUM, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
        fixture().given(history(correctedAfterPublication(), published(2, ERRATUM)))
                .when(new PublishFiscalYear(SHEET, FY2018, "もう一度", null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void an_answer_to_an_opinion_after_publication_is_a_change_of_the_year() {
        fixture().given(history(seedDefined(), closedYear(FY2018), published(1, null),
                        new CouncilOpinionAnswered(SHEET, FY2018, 1, OpinionResponse.REFLECTED, "説明会を開きました。",
                                null, null)))
                .when(new PublishFiscalYear(SHEET, FY2018, "協議会等意見への回答を追加しました。", null))
                .expectEvents(published(2, "協議会等意見への回答を追加しました。"));
    }

    @Test
    void another_year_changing_leaves_a_published_year_as_it_was() {
        fixture().given(history(seedDefined(), closedYear(FY2018), published(1, null), evaluatedYear(FY2019)))
                .when(new PublishFiscalYear(SHEET, FY2018, ERRATUM, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void a_year_outside_the_period_is_refused_naming_the_fiscal_year() {
        fixture().given(seedDefined())
                .when(new PublishFiscalYear(SHEET, FY2021, null, null))
                .expectNoEvents()
                .expectException(invalidField("fiscalYear"));
    }
}
