package org.hearsay.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations: SQL files {@code V<n>__<what>.sql} in a resource folder, listed in
 * order in its {@code index.txt}. Each file not yet applied runs in one transaction together with
 * its row in {@code schema_version}, so a crash leaves the schema at a whole version.
 */
final class Migrations {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[\\w-]+\\.sql");

    private final String folder;
    private final List<String> files;
    private final String lock;

    private Migrations(String folder, List<String> files, String lock) {
        this.folder = folder;
        this.files = files;
        this.lock = lock;
    }

    /**
     * The migrations in a resource folder such as {@code /org/hearsay/store/migrations/sqlite}.
     *
     * @param lock a statement that makes a migration transaction exclusive, run first in it; null
     *             where beginning the transaction does that already
     */
    static Migrations in(String folder, String lock) {
        List<String> files = resource(folder + "/index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < files.size(); i++) {
            Matcher m = NAME.matcher(files.get(i));
            if (!m.matches() || Integer.parseInt(m.group(1)) != i + 1) {
                throw new IllegalStateException(folder + "/index.txt: entry " + (i + 1) + " is '" + files.get(i)
                        + "', expected V" + (i + 1) + "__<what>.sql");
            }
        }
        return new Migrations(folder, files, lock);
    }

    /** The newest schema version these migrations reach. */
    int latest() {
        return files.size();
    }

    /**
     * Brings the database up to {@link #latest()}. The connection must be in auto-commit mode;
     * it is left so.
     *
     * @throws StoreException when the database has a newer schema than this code knows
     */
    void apply(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
        }
        int current = current(connection);
        if (current > latest()) {
            throw new StoreException("the database has schema version " + current + ", newer than this Hearsay knows ("
                    + latest() + "); use a newer Hearsay");
        }
        for (int version = current + 1; version <= latest(); version++) {
            applyOne(connection, version);
        }
    }

    static int current(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void applyOne(Connection connection, int version) throws SQLException {
        String file = files.get(version - 1);
        connection.setAutoCommit(false);
        try {
            if (lock != null) {
                try (Statement st = connection.createStatement()) {
                    st.execute(lock);
                }
            }
            // Another process may have migrated while this one waited for the lock.
            if (current(connection) < version) {
                try (Statement st = connection.createStatement()) {
                    for (String sql : statements(resource(folder + "/" + file))) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = connection.prepareStatement(
                        "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, version);
                    ps.setString(2, file);
                    ps.setString(3, Instant.now().toString());
                    ps.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw new StoreException("schema migration " + file + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Statements of a migration: separated by a semicolon at the end of a line; -- comments dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.lines().toList()) {
            String code = line.strip();
            if (code.isEmpty() || code.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (code.endsWith(";")) {
                out.add(current.substring(0, current.lastIndexOf(";")));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration ends without ';': " + current);
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + path, e);
        }
    }
}
