package uk.saferhub.shared.db;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import uk.saferhub.shared.SaferHubProperties;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured.
 *
 * <p>In the run mode its data lives under {@code saferhub.data-dir}/postgres with fsync on, and survives restarts;
 * its start began early on another thread ({@link EmbeddedDatabaseEarlyStart}). A postmaster left behind by a JVM
 * killed with {@code kill -9} is stopped before the new one starts. Tests set {@code saferhub.embedded.ephemeral=true}
 * for a throw-away cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(SaferHubProperties properties,
            ObjectProvider<EmbeddedPostgresStart> earlyStart) throws IOException {
        if (properties.embedded() != null && properties.embedded().ephemeral()) {
            return EmbeddedPostgresServer.throwAway();
        }
        EmbeddedPostgresServer server = earlyStart.stream()
                .filter(start -> start.isFor(properties.dataPath()))
                .findFirst()
                .map(EmbeddedPostgresStart::await)
                .orElseGet(() -> EmbeddedPostgresServer.persistent(properties.dataPath(),
                        DataDirectoryLock.acquire(properties.dataPath())));
        server.stoppedStalePostmaster().ifPresent(pid -> log.warn(
                "Stopped a PostgreSQL server (pid {}) left running on {} by an earlier SaferHub", pid,
                server.dataDirectory()));
        log.info("Embedded PostgreSQL keeps its data in {} (ready in {} ms)", server.dataDirectory(),
                server.startMillis());
        return server;
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgresServer server) {
        return new EmbeddedDatabase(server.jdbcUrl(), server.ephemeral());
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database, EmbeddedPostgresServer server) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("saferhub-embedded");
        return dataSource;
    }
}
