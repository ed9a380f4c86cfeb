package uk.saferhub.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import org.postgresql.Driver;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Before anything else starts, tries one connection to the external database named by {@code spring.datasource.url}
 * ({@code SPRING_DATASOURCE_URL}) and, if that fails, ends start-up with a {@link StartupProblem} naming the setting
 * and the reason. Without that setting SaferHub runs its embedded PostgreSQL and this check does nothing.
 */
final class ExternalDatabaseCheck implements EnvironmentPostProcessor {

    static final int TIMEOUT_SECONDS = 5;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        DatasourceSettings settings = DatasourceSettings.of(environment);
        problemWith(settings).ifPresent(reason -> {
            throw new StartupProblem(reason);
        });
    }

    static Optional<String> problemWith(DatasourceSettings settings) {
        String url = settings.url().trim();
        Driver driver = new Driver();
        if (!url.startsWith("jdbc:postgresql:") || !driver.acceptsURL(url)) {
            return Optional.of(settings.name("url") + "=" + settings.printableUrl()
                    + " is not a PostgreSQL JDBC URL; it must look like jdbc:postgresql://host:5432/database. Check "
                    + settings.name("url") + ".");
        }
        try (Connection connection = driver.connect(url, connectionProperties(settings))) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("cannot connect to the database at " + settings.name("url") + "="
                    + settings.printableUrl() + " (" + settings.hidePassword(ConnectionFailure.reason(e)) + "). "
                    + settings.checkAdvice());
        }
    }

    private static Properties connectionProperties(DatasourceSettings settings) {
        var properties = new Properties();
        if (StringUtils.hasText(settings.username())) {
            properties.setProperty("user", settings.username());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "SaferHub start-up check");
        return properties;
    }
}
