package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

/** If-Match: a write lands only on the version its client read. */
class ConcurrencyTest {

    @Test
    void a_write_on_the_version_the_client_read_lands() {
        fixture().given(seedRegistered(), supportBasesDefined())
                .when(new RecordAnnualActual(SHEET, FY2018, SUPPORT_BASES, BigDecimal.ZERO, null, 1L))
                .expectEvents(actualRecorded(FY2018, 0))
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_write_on_an_older_version_is_refused_before_any_rule() {
        fixture().given(seedRegistered(), supportBasesDefined(), actualRecorded(FY2018, 0), evaluationSubmitted(FY2018))
                .when(new SubmitEvaluation(SHEET, FY2018, "別の評価", 2L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void a_write_on_a_version_that_does_not_exist_yet_is_refused() {
        fixture().given(seedRegistered(), supportBasesDefined())
                .when(new RecordAnnualActual(SHEET, FY2018, SUPPORT_BASES, BigDecimal.ZERO, null, 5L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }
}
