package de.stammkunde.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The one place that decides where tests find PostgreSQL and Redis.
 *
 * <p>With a Docker engine: a PostgreSQL 15 and a Redis 7 container per test JVM (Testcontainers). Without one
 * (our CI machines): the local servers on 127.0.0.1 — a brand-new database {@code stammkunde_test_<random>} is
 * created for this JVM and dropped when it exits, and all Redis keys get a run-specific prefix, so concurrent runs
 * never see each other's data. {@code STAMMKUNDE_TEST_PG_HOST/PORT/USER/PASSWORD} and
 * {@code STAMMKUNDE_TEST_REDIS_HOST/PORT} point the local mode elsewhere.
 */
public final class TestInfrastructure {
    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile TestInfrastructure instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String redisHost;
    private final int redisPort;
    private final String redisKeyPrefix;
    private final String mode;

    private TestInfrastructure(String jdbcUrl, String username, String password, String redisHost, int redisPort,
                               String redisKeyPrefix, String mode) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.redisHost = redisHost;
        this.redisPort = redisPort;
        this.redisKeyPrefix = redisKeyPrefix;
        this.mode = mode;
    }

    /** The infrastructure of this test JVM, started on first use. */
    public static TestInfrastructure get() {
        TestInfrastructure local = instance;
        if (local == null) {
            synchronized (TestInfrastructure.class) {
                local = instance;
                if (local == null) {
                    local = start();
                    instance = local;
                }
            }
        }
        return local;
    }

    private static TestInfrastructure start() {
        String runId = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        boolean docker = !"local".equals(System.getenv("STAMMKUNDE_TEST_INFRA")) && dockerAvailable();
        TestInfrastructure infra = docker ? startContainers(runId) : useLocalServers(runId);
        log.info("Test infrastructure: {} (PostgreSQL {}, Redis {}:{}, key prefix {})", infra.mode, infra.jdbcUrl,
                infra.redisHost, infra.redisPort, infra.redisKeyPrefix);
        return infra;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM exits
    private static TestInfrastructure startContainers(String runId) {
        var postgres = new PostgreSQLContainer(DockerImageName.parse("postgres:15-alpine"));
        var redis = new GenericContainer<>(DockerImageName.parse("redis:7-alpine")).withExposedPorts(6379);
        postgres.start();
        redis.start();
        return new TestInfrastructure(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(),
                redis.getHost(), redis.getMappedPort(6379), "stammkunde-test-" + runId + ":", "testcontainers");
    }

    private static TestInfrastructure useLocalServers(String runId) {
        String host = env("STAMMKUNDE_TEST_PG_HOST", "127.0.0.1");
        String port = env("STAMMKUNDE_TEST_PG_PORT", "5432");
        String user = env("STAMMKUNDE_TEST_PG_USER", "postgres");
        String password = env("STAMMKUNDE_TEST_PG_PASSWORD", "");
        String database = "stammkunde_test_" + runId;
        String adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        execute(adminUrl, user, password, "CREATE DATABASE " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (RuntimeException e) {
                System.err.println("Could not drop test database " + database + ": " + e.getMessage());
            }
        }, "drop-test-database"));
        return new TestInfrastructure("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password,
                env("STAMMKUNDE_TEST_REDIS_HOST", "127.0.0.1"),
                Integer.parseInt(env("STAMMKUNDE_TEST_REDIS_PORT", "6379")), "stammkunde-test-" + runId + ":",
                "local servers");
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests is not reachable at " + url
                    + " (start it, or run a Docker engine for Testcontainers): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String redisHost() {
        return redisHost;
    }

    public int redisPort() {
        return redisPort;
    }

    /** Prefix for every Redis key of this run (sessions, rate limits), ending in ':'. */
    public String redisKeyPrefix() {
        return redisKeyPrefix;
    }

    public String mode() {
        return mode;
    }
}
