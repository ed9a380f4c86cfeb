package uk.saferhub.shared.db;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

/**
 * The {@code spring.datasource.*} settings of an external database, named the way the person starting SaferHub gave
 * them: {@code SPRING_DATASOURCE_URL} when it came from the environment, {@code spring.datasource.url} otherwise.
 */
record DatasourceSettings(String url, String username, String password, boolean fromEnvironment) {

    private static final String URL = "spring.datasource.url";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");

    static DatasourceSettings of(ConfigurableEnvironment environment) {
        return new DatasourceSettings(environment.getProperty(URL),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"),
                cameFromEnvironment(environment));
    }

    private static boolean cameFromEnvironment(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
                continue;
            }
            if (source.containsProperty(URL)) {
                return source instanceof SystemEnvironmentPropertySource;
            }
        }
        return false;
    }

    /** The name of a setting, for example {@code name("url")} is {@code SPRING_DATASOURCE_URL}. */
    String name(String setting) {
        String property = "spring.datasource." + setting;
        return fromEnvironment ? property.replace('.', '_').toUpperCase(Locale.ROOT) : property;
    }

    /** The URL as it may be printed: any password in it replaced by stars. */
    String printableUrl() {
        String printable = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
        return hidePassword(printable);
    }

    /** The text with the configured password, if it appears in it, replaced by stars. */
    String hidePassword(String text) {
        return password == null || password.isEmpty() ? text : text.replace(password, "****");
    }

    /** The advice ending every line about this database. */
    String checkAdvice() {
        return "Check " + name("url") + ", " + name("username") + " and " + name("password") + ".";
    }
}
