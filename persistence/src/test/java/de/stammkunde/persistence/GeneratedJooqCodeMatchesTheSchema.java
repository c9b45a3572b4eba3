package de.stammkunde.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.testsupport.JooqCodegen;
import de.stammkunde.testsupport.TestInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed jOOQ classes are exactly what the changelogs generate: run ./dev codegen after a schema change. */
class GeneratedJooqCodeMatchesTheSchema {
    private static final Path COMMITTED = Path.of("src/main/java/de/stammkunde/persistence/jooq");

    @Test
    void regeneratingFromTheMigratedDatabaseChangesNothing(@TempDir Path target) throws Exception {
        PersistenceTestSupport.dsl(); // migrates the run's database
        TestInfrastructure infra = TestInfrastructure.get();
        JooqCodegen.generate(infra.jdbcUrl(), infra.username(), infra.password(), target);

        Map<String, String> generated = read(target.resolve("de/stammkunde/persistence/jooq"));
        Map<String, String> committed = read(COMMITTED);
        assertThat(generated).isNotEmpty();
        assertThat(committed.keySet())
                .as("generated files (run ./dev codegen and commit the result)")
                .containsExactlyElementsOf(generated.keySet());
        generated.forEach((file, content) -> assertThat(committed.get(file))
                .as("%s differs from the schema; run ./dev codegen", file)
                .isEqualTo(content));
    }

    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }
}
