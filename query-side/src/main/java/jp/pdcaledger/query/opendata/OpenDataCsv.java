package jp.pdcaledger.query.opendata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The published figures as a machine-readable table, by 総務省's rules for statistical tables: UTF-8, one header row,
 * one datum per cell, no merged cells and no notes inside the table, numbers as plain numbers (no grouping commas, no
 * unit: the unit has its column), the 全国地方公共団体コード and the Western fiscal year in columns of their own with
 * the era label beside. RFC 4180 quoting and CRLF line ends; a byte-order mark first, so that the spreadsheet a
 * resident opens it in reads the Japanese as UTF-8 rather than Shift_JIS.
 *
 * <p>A text cell is data, never a formula: one that begins with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe (OWASP, "CSV injection"), which a spreadsheet shows as text. Number cells are never changed, so a
 * negative number stays a number. {@link #NOTES} says so to the reader of the dataset.
 */
public final class OpenDataCsv implements Flushable {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    public static final String NOTES = "文字コードはUTF-8（BOM付き）、改行はCRLF、1行目が見出しです。実績値・目標値・基準値は数値のみで、"
            + "単位は「単位」列にあります。報告されていない実績は空欄です（0ではありません）。"
            + "文字列のセルが = + - @ などで始まるときは、表計算ソフトで数式として実行されないよう、先頭に ' を付けています。";

    public static final List<String> HEADER = List.of("全国地方公共団体コード", "団体名", "計画名", "計画期間初年度",
            "計画期間最終年度", "成果目標番号", "成果目標", "区分", "項目キー", "項目名", "目標の種類", "年度", "年度（和暦）",
            "実績値", "単位", "実績の確定", "実績の時点", "目標値", "目標年度", "基準値", "基準値の年度", "増減の方向", "公表回",
            "公表日", "備考", "目標の内容", "状況", "達成日");

    private final CSVPrinter printer;

    public OpenDataCsv(Writer out) {
        try {
            out.write('\uFEFF');
            printer = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(PublishedFigure figure) {
        try {
            printer.printRecord(Arrays.asList(figure.municipalityCode(), text(figure.municipalityName()),
                    text(figure.planTitles()), figure.firstFiscalYear(), figure.lastFiscalYear(), figure.outcomeNumber(),
                    text(figure.outcomeTitle()), figure.row().label(), text(figure.key()), text(figure.name()),
                    figure.targetKind(), figure.fiscalYear(), figure.eraLabel(), number(figure.value()),
                    text(figure.unit()), figure.value() == null ? null : figure.estimated() ? "見込" : "確定",
                    figure.asOf(), number(figure.targetValue()), figure.deadlineFiscalYear(),
                    number(figure.baselineValue()), figure.baselineFiscalYear(), figure.direction(),
                    figure.publication(), figure.publishedOn(), text(figure.note()), text(figure.goalText()),
                    figure.status(), figure.achievedOn()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1500, not 1.5E+3 or 1500.00: the figure as typed, in the form every spreadsheet reads as a number. */
    static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** A text cell that a spreadsheet would run as a formula, made plain text. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
