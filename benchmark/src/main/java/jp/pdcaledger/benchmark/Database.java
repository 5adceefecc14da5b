package jp.pdcaledger.benchmark;

import org.postgresql.PGConnection;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A database of the benchmark's own on the machine's PostgreSQL, and the raw reads that serve as baselines. */
final class Database implements AutoCloseable {

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;
    private final boolean keep;

    private Database(String adminUrl, String user, String password, String name, boolean keep) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
        this.keep = keep;
    }

    static Database create(String adminUrl, String user, String password, boolean keep) throws SQLException {
        String name = "pdca_bench_" + System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new Database(adminUrl, user, password, name, keep);
    }

    String url() {
        return adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String name() {
        return name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Reads every event as a projection would get it from the store: all columns, in global order, streamed. */
    long readAllEventsWithJdbc() throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("SELECT globalIndex, eventIdentifier, "
                    + "aggregateIdentifier, sequenceNumber, type, payloadType, payloadRevision, timeStamp, payload, "
                    + "metaData FROM domainevententry ORDER BY globalIndex")) {
                statement.setFetchSize(1_000);
                long events = 0;
                long bytes = 0;
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        bytes += rows.getBytes(9).length + rows.getBytes(10).length + rows.getString(8).length();
                        events++;
                    }
                }
                return bytes > 0 ? events : 0;
            }
        }
    }

    /** The server's own sequential read of the event table, written to nowhere. */
    long copyAllEventsOut() throws Exception {
        try (Connection connection = connect()) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "COPY (SELECT * FROM domainevententry ORDER BY globalIndex) TO STDOUT", OutputStream.nullOutputStream());
        }
    }

    @Override
    public void close() throws SQLException {
        if (keep) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
