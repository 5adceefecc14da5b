package jp.pdcaledger.query.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One published figure: a target's or an activity indicator's actual for one published fiscal year, with what a
 * reader needs beside it to use it alone (whose, which plan and target, the unit, the goal, the publication). One row
 * of the open-data table; a value not reported is null (not 0), as on the sheet. A target stated in words has its goal
 * as text and reports a status (未着手・取組中・達成) with the date it was achieved instead of a value.
 */
public record PublishedFigure(String municipalityCode, String municipalityName, String planTitles,
                              int firstFiscalYear, int lastFiscalYear, Integer outcomeNumber, String outcomeTitle,
                              Row row, String key, String name, String targetKind, int fiscalYear, String eraLabel,
                              BigDecimal value, String unit, boolean estimated, LocalDate asOf,
                              BigDecimal targetValue, Integer deadlineFiscalYear, BigDecimal baselineValue,
                              Integer baselineFiscalYear, String direction, int publication, LocalDate publishedOn,
                              String note, String goalText, String status, LocalDate achievedOn) {

    /** Whether the row is one of the sheet's targets or one of its activity indicators (活動指標). */
    public enum Row {
        TARGET("成果目標"),
        ACTIVITY_INDICATOR("活動指標");

        private final String label;

        Row(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
