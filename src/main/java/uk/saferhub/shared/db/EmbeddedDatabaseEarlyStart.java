package uk.saferhub.shared.db;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

import uk.saferhub.shared.SaferHubProperties;

/**
 * Begins starting the persistent embedded PostgreSQL as soon as the settings are read, when no
 * {@code spring.datasource.url} is given and the database is not the tests' ephemeral one. The started server is handed
 * to {@link EmbeddedPostgresConfiguration} as the bean {@value #BEAN_NAME}; the context meanwhile builds itself.
 */
final class EmbeddedDatabaseEarlyStart implements EnvironmentPostProcessor {

    static final String BEAN_NAME = "saferhubEmbeddedPostgresStart";

    private final ConfigurableBootstrapContext bootstrap;

    EmbeddedDatabaseEarlyStart(ConfigurableBootstrapContext bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || bootstrap.isRegistered(EmbeddedPostgresStart.class)) {
            return;
        }
        SaferHubProperties properties = Binder.get(environment).bind("saferhub", SaferHubProperties.class)
                .orElse(null);
        if (properties == null || (properties.embedded() != null && properties.embedded().ephemeral())) {
            return;
        }
        EmbeddedPostgresStart start = EmbeddedPostgresStart.inBackground(properties.dataPath());
        bootstrap.register(EmbeddedPostgresStart.class, InstanceSupplier.of(start));
        bootstrap.addCloseListener(event -> event.getApplicationContext().getBeanFactory()
                .registerSingleton(BEAN_NAME, start));
    }
}
