package uk.saferhub.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.identity.Identity;
import uk.saferhub.intake.Observations;
import uk.saferhub.intake.PriorityChoice;
import uk.saferhub.intake.PriorityChoices;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.demo.DemoDataContributor;

/**
 * The demonstration's observations ({@code demo/observations.json}): a PCSO's quality-of-life observations in East
 * North East Leeds and one piece of intelligence, recorded as that PCSO through {@link Observations} (so checked and
 * audited as any other), dated back from today. Loaded once, when the PCSO's account exists and the geography holds
 * their points' wards (the reference data is there).
 */
@Component
class ObservationDemoData implements DemoDataContributor {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Observations observations;
    private final ObservationStore store;
    private final PriorityChoices priorities;
    private final Identity identity;
    private final JsonMapper json;
    private final Clock clock;

    ObservationDemoData(Observations observations, ObservationStore store, PriorityChoices priorities,
            Identity identity, JsonMapper json, Clock clock) {
        this.observations = observations;
        this.store = store;
        this.priorities = priorities;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 96;
    }

    @Override
    public void load(JsonNode partnership) {
        JsonNode demo = read();
        Optional<Actor> pcso = identity.userNamed(demo.get("recordedBy").asString())
                .flatMap(account -> identity.actorOf(account.id()));
        if (store.any() || pcso.isEmpty()) {
            return;
        }
        var today = clock.instant().atZone(LONDON).toLocalDate();
        for (JsonNode item : demo.get("observations")) {
            Optional<PriorityChoices.CategoryChoice> category = priorities.categories().stream()
                    .filter(one -> one.name().equals(item.get("category").asString())).findFirst();
            if (category.isEmpty()) {
                continue;
            }
            UUID priority = item.has("linkTo") ? priorities.open(pcso.get()).stream()
                    .filter(choice -> choice.title().equals(item.get("linkTo").asString()))
                    .map(PriorityChoice::id).findFirst().orElse(null) : null;
            ObservationKind kind = ObservationKind.valueOf(item.get("kind").asString());
            Grading grading = kind == ObservationKind.INTELLIGENCE ? new Grading(
                    item.get("sourceEvaluation").asString(), item.get("intelligenceAssessment").asString(),
                    item.get("handlingCode").asString(), null) : null;
            NewObservation given = new NewObservation(kind, category.get().id(), null,
                    item.get("location").asString(), item.get("latitude").asDouble(),
                    item.get("longitude").asDouble(), item.get("description").asString(),
                    today.minusDays(item.get("daysAgo").asLong())
                            .atTime(LocalTime.parse(item.get("time").asString())).atZone(LONDON).toInstant(),
                    priority, grading);
            try {
                observations.record(pcso.get(), given);
            } catch (IntakeChangeRefused notPlaced) {
                // the geography has no ward holding the point (no reference data): left out
            }
        }
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/observations.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
