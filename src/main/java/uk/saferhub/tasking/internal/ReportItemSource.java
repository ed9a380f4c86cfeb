package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.intake.LocalItem;
import uk.saferhub.intake.ReportFigures;
import uk.saferhub.shared.access.Actor;

/** Residents' Open311 reports as items of the analysis; opened on the intake queue of the organisation handling one. */
@Component
class ReportItemSource implements LocalItemSource {

    private final ReportFigures reports;

    ReportItemSource(ReportFigures reports) {
        this.reports = reports;
    }

    @Override
    public String source() {
        return ReportFigures.SOURCE;
    }

    @Override
    public List<LocalItem> items(Set<UUID> wardIds, Instant from, Instant to) {
        return reports.placedIn(wardIds, from, to);
    }

    @Override
    public List<LocalItem> items(Collection<String> ids) {
        return reports.numbered(ids);
    }

    @Override
    public Optional<String> href(Actor actor, String id) {
        return actor != null && reports.routedTo(id).filter(org -> Objects.equals(org, actor.organisationId()))
                .isPresent() ? Optional.of("/intake") : Optional.empty();
    }
}
