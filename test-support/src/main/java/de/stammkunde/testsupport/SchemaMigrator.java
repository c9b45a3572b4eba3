package de.stammkunde.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Applies the Liquibase changelogs (from the migrations module) to a database, as the application does. */
public final class SchemaMigrator {
    public static final String MASTER_CHANGELOG = "db/changelog/db.changelog-master.yaml";

    private SchemaMigrator() {
    }

    @SuppressWarnings("deprecation") // Liquibase's Command API is heavier for this one call; the facade is fine here
    public static void migrate(Connection connection) {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (var liquibase = new Liquibase(MASTER_CHANGELOG,
                    new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader()), database)) {
                liquibase.update();
            }
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Applying the changelogs failed: " + e.getMessage(), e);
        }
    }

    public static void migrate(TestInfrastructure infrastructure) {
        try (Connection connection = infrastructure.connect()) {
            migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
