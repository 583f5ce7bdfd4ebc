package org.hearsay.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The databases the store's tests run on. SQLite always; PostgreSQL on the server that
 * {@code HEARSAY_PG_URL} names (a JDBC URL with credentials; {@code .ci/run} starts one), each
 * test in a schema of its own that is dropped afterwards. Without the variable the PostgreSQL
 * cases are reported as skipped.
 */
enum Backend {
    SQLITE, POSTGRES;

    static final String PG_URL_VARIABLE = "HEARSAY_PG_URL";

    /** A new, empty store location on this backend. */
    Location create(Path dir) throws SQLException {
        if (this == SQLITE) {
            return new Location(dir.resolve("corpus-" + UUID.randomUUID() + ".db").toString(), null, null);
        }
        String server = System.getenv(PG_URL_VARIABLE);
        assumeTrue(server != null && !server.isBlank(), PG_URL_VARIABLE + " is not set: no PostgreSQL to test on");
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(server); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Location(url, server, schema);
    }

    /**
     * Where one test's store lives.
     *
     * @param location what {@link CorpusStores#open} takes: a file path or a JDBC URL
     */
    record Location(String location, String server, String schema) implements AutoCloseable {
        CorpusStore open() {
            return CorpusStores.open(location);
        }

        RawDb raw() throws SQLException {
            return new RawDb(location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location);
        }

        boolean sqlite() {
            return server == null;
        }

        @Override
        public void close() throws SQLException {
            if (server != null) {
                try (Connection c = DriverManager.getConnection(server); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }
}
