package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.intake.LocalItem;
import uk.saferhub.intake.ObservationFigures;
import uk.saferhub.shared.access.Actor;

/** PCSOs' quality-of-life observations as items of the analysis (never intelligence); opened on their own page. */
@Component
class ObservationItemSource implements LocalItemSource {

    private final ObservationFigures observations;

    ObservationItemSource(ObservationFigures observations) {
        this.observations = observations;
    }

    @Override
    public String source() {
        return ObservationFigures.SOURCE;
    }

    @Override
    public List<LocalItem> items(Set<UUID> wardIds, Instant from, Instant to) {
        return observations.placedIn(wardIds, from, to);
    }

    @Override
    public List<LocalItem> items(Collection<String> ids) {
        return observations.numbered(ids);
    }

    @Override
    public Optional<String> href(Actor actor, String id) {
        return observations.href(actor, id);
    }
}
