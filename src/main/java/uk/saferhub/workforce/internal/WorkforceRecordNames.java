package uk.saferhub.workforce.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.audit.RecordNames;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;

/**
 * Names funding schemes, PCSOs and training events in the audit trail, as the access policy lets the viewer see them
 * (the same rule as {@link WorkforceRecordVisibility}), linked to their pages for a reader who may open them.
 */
@Component
class WorkforceRecordNames implements RecordNames {

    private final SchemeStore schemes;
    private final PcsoStore pcsos;
    private final TrainingStore trainingEvents;
    private final JdbcClient jdbc;

    WorkforceRecordNames(SchemeStore schemes, PcsoStore pcsos, TrainingStore trainingEvents, JdbcClient jdbc) {
        this.schemes = schemes;
        this.pcsos = pcsos;
        this.trainingEvents = trainingEvents;
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Named> namesOf(Actor viewer, Set<UUID> ids) {
        List<Found> found = jdbc.sql("""
                        select id, 'scheme' as kind from workforce_scheme where id in (:ids)
                        union all select id, 'pcso' from workforce_pcso where id in (:ids)
                        union all select id, 'training' from workforce_training_event where id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Found(rs.getObject("id", UUID.class), rs.getString("kind")))
                .list();
        boolean reader = ChangePolicy.holds(viewer, Role.READER);
        Map<UUID, Named> names = new HashMap<>();
        for (Found record : found) {
            UUID id = record.id();
            switch (record.kind()) {
                case "scheme" -> schemes.find(id).filter(scheme -> AccessPolicy.canSee(viewer, scheme))
                        .ifPresent(scheme -> names.put(id, named(scheme.name(), "/workforce/schemes/" + id, reader)));
                case "pcso" -> pcsos.find(id).filter(pcso -> AccessPolicy.canSee(viewer, pcso))
                        .ifPresent(pcso -> names.put(id, named(pcso.name(), "/workforce/pcsos/" + id, reader)));
                default -> trainingEvents.find(id).filter(event -> AccessPolicy.canSee(viewer, event))
                        .ifPresent(event -> names.put(id, named(event.title(), "/workforce/training/" + id, true)));
            }
        }
        return names;
    }

    private static Named named(String name, String path, boolean mayOpen) {
        return mayOpen ? Named.linked(name, path) : Named.unlinked(name);
    }

    private record Found(UUID id, String kind) {
    }
}
