package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On PostgreSQL built with LZ4, the projections' JSON documents are compressed with it instead of the default pglz:
 * every live write rewrites a sheet's document in two tables, and pglz took more than twice LZ4's time per update
 * of a seed-sized document on the benchmark machine. Rows already stored keep their compression until they are next
 * written. Nothing to do on H2 (it compresses nothing), or on a PostgreSQL without LZ4. A Java migration because the
 * same SQL cannot run on both databases.
 */
public class V2_9__Lz4ViewDocuments extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            if (!lz4Available(statement)) {
                return;
            }
            statement.execute("ALTER TABLE sheet_view ALTER COLUMN document SET COMPRESSION lz4");
            statement.execute("ALTER TABLE dashboard_sheet ALTER COLUMN document SET COMPRESSION lz4");
        }
    }

    private static boolean lz4Available(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression'"
                + " AND 'lz4' = ANY (enumvals)")) {
            return row.next();
        }
    }
}
