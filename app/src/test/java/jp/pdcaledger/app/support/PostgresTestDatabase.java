package jp.pdcaledger.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own on the machine's PostgreSQL for one test context. Test contexts close in the JVM's shutdown
 * hooks, in no order, so a database cannot be dropped safely at exit while its context may still use it; instead the
 * first database of a run drops those that earlier runs left (named {@code pdca_it_…}, nobody connected, created over
 * three hours ago: a run beside this one may not have connected to its own yet). Runs thus
 * never see each other's data and leave nothing that grows without bound. Where PostgreSQL is: {@code PDCA_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}) and {@code PDCA_TEST_POSTGRES_USER} (default {@code postgres}).
 * If PostgreSQL cannot be reached the tests fail: CI must not pass by skipping them.
 */
public final class PostgresTestDatabase {

    private static final String ADMIN_URL = env("PDCA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("PDCA_TEST_POSTGRES_USER", "postgres");
    private static final String PASSWORD = env("PDCA_TEST_POSTGRES_PASSWORD", "");

    private final String name;

    private PostgresTestDatabase(String name) {
        this.name = name;
    }

    private static boolean leftoversDropped;
    /** Longer than any run: a database younger than this may belong to a run still starting its app. */
    private static final long ABANDONED_AFTER_SECONDS = 3 * 60 * 60;

    public static synchronized PostgresTestDatabase create() {
        if (!leftoversDropped) {
            dropLeftovers();
            leftoversDropped = true;
        }
        // the creation time in the name: another run's database is left alone until it is surely abandoned
        String name = "pdca_it_" + System.currentTimeMillis() / 1000 + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute("CREATE DATABASE " + name);
        return new PostgresTestDatabase(name);
    }

    private static void dropLeftovers() {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = connection.createStatement();
             var leftovers = statement.executeQuery("""
                     SELECT datname FROM pg_database d WHERE datname LIKE 'pdca\\_it\\_%'
                       AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)""")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (leftovers.next()) {
                names.add(leftovers.getString(1));
            }
            long abandonedBefore = System.currentTimeMillis() / 1000 - ABANDONED_AFTER_SECONDS;
            for (String name : names) {
                java.util.regex.Matcher created = java.util.regex.Pattern.compile("pdca_it_(\\d{10})_.*").matcher(name);
                if (!created.matches() || Long.parseLong(created.group(1)) < abandonedBefore) {
                    execute("DROP DATABASE IF EXISTS " + name);
                }
            }
        } catch (SQLException | IllegalStateException e) {
            // another run may be dropping the same ones; what is left goes next time
        }
    }

    public String url() {
        return ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    /** For a test that closes its own contexts first. */
    public void drop() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + ADMIN_URL + " as " + USER + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
