package uk.saferhub.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.intake.internal.ObservationStore;
import uk.saferhub.shared.access.Actor;

/**
 * PCSOs' quality-of-life observations as the local data analysis counts them, where and when and of which category.
 * Intelligence is never among them: the analysis, its evidence and the priorities proposed from it are seen by
 * council officers.
 */
@Service
public class ObservationFigures {

    public static final String SOURCE = "OBSERVATION";

    /** The source of intelligence linked to a priority, shown to police readers only; never counted. */
    public static final String INTELLIGENCE = "INTELLIGENCE";

    private final ObservationStore store;
    private final Observations observations;

    ObservationFigures(ObservationStore store, Observations observations) {
        this.store = store;
        this.observations = observations;
    }

    /** Quality-of-life observations placed in any of the wards, observed from {@code from} to {@code to} (exclusive). */
    @Transactional(readOnly = true)
    public List<LocalItem> placedIn(Set<UUID> wardIds, Instant from, Instant to) {
        return store.qualityOfLifeIn(wardIds, from, to).stream().map(Observations::item).toList();
    }

    /** The quality-of-life observations of these ids (anything else, intelligence above all, is left out). */
    @Transactional(readOnly = true)
    public List<LocalItem> numbered(Collection<String> ids) {
        return store.qualityOfLife(ids.stream().map(ObservationFigures::id).flatMap(Optional::stream).toList())
                .stream().map(Observations::item).toList();
    }

    /** Where the actor may open the observation, when they may. */
    @Transactional(readOnly = true)
    public Optional<String> href(Actor actor, String id) {
        return id(id).filter(found -> actor != null && observations.maySee(actor, found))
                .map(found -> "/observations/" + found);
    }

    private static Optional<UUID> id(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
