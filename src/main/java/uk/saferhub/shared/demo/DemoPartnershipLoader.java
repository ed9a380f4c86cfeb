package uk.saferhub.shared.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.shared.db.EmbeddedDatabase;

/**
 * Loads the demonstration partnership from the seeds: on the first start of the embedded default, or whenever
 * {@code saferhub.demo=true}. With an external database nothing is loaded unless asked for; {@code saferhub.demo=false}
 * never loads it. All of it loads in one transaction, or none of it.
 */
@Component
class DemoPartnershipLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPartnershipLoader.class);

    private final List<DemoDataContributor> contributors;
    private final SaferHubProperties properties;
    private final Optional<EmbeddedDatabase> embedded;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    DemoPartnershipLoader(List<DemoDataContributor> contributors, SaferHubProperties properties,
            Optional<EmbeddedDatabase> embedded, JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json,
            Clock clock) {
        this.contributors = contributors;
        this.properties = properties;
        this.embedded = embedded;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Boolean requested = properties.demoRequested();
        boolean firstEmbeddedStart = requested == null
                && embedded.filter(database -> !database.ephemeral()).isPresent()
                && jdbc.sql("select count(*) from demonstration_load").query(Long.class).single() == 0;
        if (Boolean.TRUE.equals(requested) || firstEmbeddedStart) {
            load(Boolean.TRUE.equals(requested));
        }
    }

    void load(boolean requested) throws IOException {
        JsonNode partnership;
        try (InputStream in = new ClassPathResource("demo/partnership.json").getInputStream()) {
            partnership = json.readTree(in);
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            contributors.stream()
                    .sorted(Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(contributor -> contributor.load(partnership));
            jdbc.sql("insert into demonstration_load (loaded_at, requested) values (?, ?)")
                    .params(java.sql.Timestamp.from(clock.instant()), requested)
                    .update();
        });
        log.info("Demonstration partnership loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
