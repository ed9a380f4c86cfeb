package uk.saferhub.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.demo.DemoDataContributor;

/**
 * The demonstration's intake routes ({@code demo/intake.json}): the council and neighbourhood policing team that deal
 * with reports in the seeds' places. Runs after the geography and directory; makes a route only where both the place
 * and the organisation exist; idempotent (a route is replaced by the same one).
 */
@Component
class IntakeDemoData implements DemoDataContributor {

    private final RequestStore store;
    private final Geography geography;
    private final Directory directory;
    private final JsonMapper json;

    IntakeDemoData(RequestStore store, Geography geography, Directory directory, JsonMapper json) {
        this.store = store;
        this.geography = geography;
        this.directory = directory;
        this.json = json;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load(JsonNode partnership) {
        for (JsonNode route : routes().get("routes")) {
            String[] place = route.get("place").asString().split(":", 2);
            Optional<Place> found = geography.place(PlaceType.valueOf(place[0]), place[1]);
            Optional<UUID> organisation = directory.organisationNamed(route.get("organisation").asString())
                    .map(OrganisationSummary::id);
            if (found.isPresent() && organisation.isPresent()) {
                store.route(found.get().id(), Service.Responsibility.valueOf(route.get("responsibility").asString()),
                        organisation.get());
            }
        }
    }

    private JsonNode routes() {
        try (InputStream in = new ClassPathResource("demo/intake.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
