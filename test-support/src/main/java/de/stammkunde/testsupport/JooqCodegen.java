package de.stammkunde.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the jOOQ classes of the persistence module from a real PostgreSQL to which the changelogs were
 * applied. {@code ./dev codegen} runs {@link #main} against a scratch database and writes into
 * {@code persistence/src/main/java}; the persistence tests run the same generation into a temporary folder and
 * fail on any difference, so the committed code never drifts from the schema.
 */
public final class JooqCodegen {
    public static final String PACKAGE = "de.stammkunde.persistence.jooq";

    private JooqCodegen() {
    }

    /** Args: jdbcUrl user password targetDirectory ("-" for an empty password). Applies the changelogs first. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: JooqCodegen <jdbcUrl> <user> <password|-> <targetDirectory>");
        }
        String password = "-".equals(args[2]) ? "" : args[2];
        try (Connection connection = DriverManager.getConnection(args[0], args[1], password)) {
            SchemaMigrator.migrate(connection);
        }
        generate(args[0], args[1], password, Path.of(args[3]));
    }

    /** Generates from an already migrated database into {@code targetDirectory}. */
    public static void generate(String jdbcUrl, String user, String password, Path targetDirectory) throws Exception {
        GenerationTool.generate(new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(jdbcUrl).withUser(user)
                        .withPassword(password))
                .withGenerator(new Generator()
                        .withName("org.jooq.codegen.JavaGenerator")
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withOutputSchemaToDefault(true)
                                .withExcludes("databasechangelog|databasechangeloglock|forbid_append_only_change"))
                        .withGenerate(new Generate()
                                .withGeneratedAnnotation(false)
                                .withJavadoc(true)
                                .withComments(true)
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withFluentSetters(true)
                                .withJavaTimeTypes(true))
                        .withTarget(new Target()
                                .withPackageName(PACKAGE)
                                .withDirectory(targetDirectory.toAbsolutePath().toString())
                                .withClean(true))));
    }
}
