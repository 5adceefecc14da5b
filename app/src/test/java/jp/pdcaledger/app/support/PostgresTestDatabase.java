package jp.pdcaledger.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own on the machine's PostgreSQL for one test context, dropped when the JVM ends, so that runs
 * leave nothing behind that could break the next. Where PostgreSQL is: {@code PDCA_TEST_POSTGRES_URL} (default
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

    public static PostgresTestDatabase create() {
        String name = "pdca_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
        PostgresTestDatabase database = new PostgresTestDatabase(name);
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop));
        return database;
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

    private void drop() {
        try {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (IllegalStateException ignoredAtShutdown) {
            // the server may be gone already; the database name is random, so a leftover harms no later run
        }
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
