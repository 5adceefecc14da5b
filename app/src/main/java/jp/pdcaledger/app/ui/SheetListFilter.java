package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.MunicipalityCode;
import jp.pdcaledger.query.sheetview.SheetViewRepository.SheetFilter;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sheet list's filters as people type them: a municipality by its code or by part of its name (北九州, ４０１００５),
 * a department by part of its name (障害福祉), a plan period in any era form (R6-R8, 令和6年度～令和8年度, 2024〜2026,
 * or one year). What cannot be read is said beside its field and that filter left out, never an error page.
 */
record SheetListFilter(SheetFilter filter, Map<String, String> errors) {

    private static final Pattern DIGITS = Pattern.compile("\\d{5,6}");
    private static final Pattern BETWEEN_YEARS = Pattern.compile("[-~〜－ー—]");
    private static final int PAGE_SIZE = 200;

    static SheetListFilter of(String municipality, String period, String department, String ownMunicipality) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = ownMunicipality;
        String namePart = null;
        String typed = normalised(municipality);
        if (typed != null && ownMunicipality == null) {
            if (DIGITS.matcher(typed).matches()) {
                try {
                    code = MunicipalityCode.of(typed).value();
                } catch (InvalidValueException invalid) {
                    errors.put("municipality", invalid.getMessage());
                }
            } else {
                namePart = typed;
            }
        }
        Integer first = null;
        Integer last = null;
        String years = normalised(period);
        if (years != null) {
            try {
                String[] parts = BETWEEN_YEARS.split(years, 2);
                first = FiscalYear.parse(parts[0].strip()).value();
                last = parts.length == 2 ? FiscalYear.parse(parts[1].strip()).value() : null;
            } catch (InvalidValueException invalid) {
                errors.put("period", "計画期間として読めません（例: 2024-2026、R6-R8、令和6年度～令和8年度）: " + period);
            }
        }
        return new SheetListFilter(new SheetFilter(code, first, last, null, namePart, normalised(department), 0, PAGE_SIZE),
                errors);
    }

    /** Full-width digits and letters as half-width, blanks as nothing. */
    private static String normalised(String text) {
        if (text == null) {
            return null;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return normalised.isEmpty() ? null : normalised;
    }
}
