package org.hearsay.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The store on a PostgreSQL server, for teams: the same tables, behaviour and migrations as
 * {@link SqliteStore}, on a JDBC URL such as {@code jdbc:postgresql://db.example/hearsay?user=u&password=p}.
 * Two processes storing the same new article at the same moment make the later one fail with a
 * key violation; running it again stores nothing twice.
 */
public final class PostgresStore {
    static final String MIGRATIONS = "/org/hearsay/store/migrations/postgres";
    /** Makes concurrent openers migrate one after the other. */
    private static final String MIGRATION_LOCK = "LOCK TABLE schema_version IN EXCLUSIVE MODE";

    private PostgresStore() {
    }

    public static CorpusStore open(String jdbcUrl) {
        String name = withoutParameters(jdbcUrl);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(jdbcUrl);
            Migrations.in(MIGRATIONS, MIGRATION_LOCK).apply(connection);
            return new JdbcStore(connection, name);
        } catch (SQLException | RuntimeException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new StoreException("cannot open the store " + name + ": " + e.getMessage(), e);
        }
    }

    /** The URL without its parameters, which may hold a password: what messages call the store. */
    static String withoutParameters(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
