package uk.saferhub.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import uk.saferhub.shared.SaferHubProperties;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured.
 *
 * <p>In the run mode its data lives under {@code saferhub.data-dir}/postgres with fsync on, and survives restarts;
 * tests set {@code saferhub.embedded.ephemeral=true} for a throw-away cluster. A postmaster left behind by a JVM
 * killed with {@code kill -9} is stopped before the new one starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(SaferHubProperties properties) throws IOException {
        var builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60));
        boolean ephemeral = properties.embedded() != null && properties.embedded().ephemeral();
        if (ephemeral) {
            builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
        } else {
            Path dataDirectory = properties.dataPath().resolve("postgres").toAbsolutePath().normalize();
            Files.createDirectories(dataDirectory.getParent());
            new StalePostmaster(dataDirectory).stopIfRunning();
            builder.setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            log.info("Embedded PostgreSQL keeps its data in {}", dataDirectory);
        }
        return builder.start();
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgres postgres, SaferHubProperties properties) {
        return new EmbeddedDatabase(postgres.getJdbcUrl("postgres", "postgres"),
                properties.embedded() != null && properties.embedded().ephemeral());
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("saferhub-embedded");
        return dataSource;
    }
}
