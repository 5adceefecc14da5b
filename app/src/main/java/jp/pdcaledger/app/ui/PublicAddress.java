package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.sheet.FiscalYear;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts of a public address (/public/…), read as the public pages, feeds and open data all read them: whatever is
 * malformed is {@link PublicPages.NotPublished}, the same 404 as what is not published, so that an address tells
 * nothing of what is not public.
 */
final class PublicAddress {

    private static final Pattern SHEET_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,5}");

    private PublicAddress() {
    }

    static String sheetId(String id) {
        if (!SHEET_ID.matcher(id).matches()) {
            throw new PublicPages.NotPublished();
        }
        return id.toLowerCase(Locale.ROOT);
    }

    static boolean isMunicipalityCode(String code) {
        return MUNICIPALITY_CODE.matcher(code).matches();
    }

    static int fiscalYear(String fy) {
        try {
            return FiscalYear.parse(fy).value();
        } catch (RuntimeException notAYear) {
            throw new PublicPages.NotPublished();
        }
    }

    /** A publication's number from 1; 0 (which no publication has) for anything else. */
    static int number(String n) {
        return NUMBER.matcher(n).matches() ? Integer.parseInt(n) : 0;
    }
}
