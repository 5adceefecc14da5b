package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The roll-up's fold of each sheet (issue 18) is rewritten with every event of its sheet, as the sheet view and the
 * dashboard's are: on PostgreSQL built with LZ4 it is compressed with it too, for the reason {@link V2_9__Lz4ViewDocuments}
 * gives. Nothing to do on H2 or on a PostgreSQL without LZ4.
 */
public class V2_19__Lz4RollupDocuments extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            if (!lz4Available(statement)) {
                return;
            }
            statement.execute("ALTER TABLE rollup_sheet ALTER COLUMN document SET COMPRESSION lz4");
        }
    }

    private static boolean lz4Available(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression'"
                + " AND 'lz4' = ANY (enumvals)")) {
            return row.next();
        }
    }
}
