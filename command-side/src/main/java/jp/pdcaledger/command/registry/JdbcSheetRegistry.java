package jp.pdcaledger.command.registry;

import jp.pdcaledger.command.sheet.SheetAlreadyRegisteredException;
import jp.pdcaledger.command.sheet.SheetRegistry;
import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The sheet registry in the application's database, written in the transaction that stores the events. */
@Repository
public class JdbcSheetRegistry implements SheetRegistry {

    private final JdbcClient jdbc;

    public JdbcSheetRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By number; without a number (a combined progress table) by title. */
    @Override
    public Optional<SheetId> find(RegisterSheet registration) {
        Integer number = registration.outcomeTarget().number();
        String outcome = number != null ? "outcome_number" : "unnumbered_title";
        return jdbc.sql("""
                        SELECT sheet_id FROM sheet_registry
                        WHERE municipality_code = ? AND first_fiscal_year = ? AND last_fiscal_year = ?
                        """ + " AND " + outcome + " = ?")
                .params(registration.municipality().code().value(),
                        registration.period().firstFiscalYear().value(),
                        registration.period().lastFiscalYear().value(),
                        number != null ? number : registration.outcomeTarget().title())
                .query(String.class)
                .optional()
                .map(SheetId::of);
    }

    @Override
    public void add(RegisterSheet registration) {
        Integer number = registration.outcomeTarget().number();
        try {
            jdbc.sql("""
                            INSERT INTO sheet_registry (sheet_id, municipality_code, first_fiscal_year, last_fiscal_year,
                                                        outcome_number, unnumbered_title, department, registered_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(registration.sheetId().value(), registration.municipality().code().value(),
                            registration.period().firstFiscalYear().value(),
                            registration.period().lastFiscalYear().value(), number,
                            number == null ? registration.outcomeTarget().title() : null,
                            registration.department(), OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new SheetAlreadyRegisteredException(find(registration).orElse(registration.sheetId()));
        }
    }

    @Override
    public Optional<SheetOwner> ownerOf(SheetId sheetId) {
        return jdbc.sql("SELECT municipality_code, department FROM sheet_registry WHERE sheet_id = ?")
                .param(sheetId.value())
                .query((rs, row) -> new SheetOwner(rs.getString(1), rs.getString(2)))
                .optional();
    }
}
