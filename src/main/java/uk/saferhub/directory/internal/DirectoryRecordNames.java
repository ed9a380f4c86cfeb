package uk.saferhub.directory.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.audit.RecordNames;
import uk.saferhub.directory.Directory;
import uk.saferhub.shared.access.Actor;

/**
 * Names people, organisations and sharing agreements in the audit trail: a person the viewer may see by name, linked
 * to their page; one they may not by their job title or organisation alone, unlinked; an organisation sharing with the
 * viewer's by name; a sharing agreement to its parties.
 */
@Component
class DirectoryRecordNames implements RecordNames {

    private final Directory directory;
    private final DirectoryReadModel readModel;
    private final SharingAgreementStore agreements;

    DirectoryRecordNames(Directory directory, DirectoryReadModel readModel, SharingAgreementStore agreements) {
        this.directory = directory;
        this.readModel = readModel;
        this.agreements = agreements;
    }

    @Override
    public Map<UUID, Named> namesOf(Actor viewer, Set<UUID> ids) {
        Map<UUID, Named> names = new HashMap<>();
        Set<UUID> seen = directory.peopleVisibleTo(viewer, ids);
        directory.namesAsSeenBy(viewer, ids).forEach((id, name) -> names.put(id,
                seen.contains(id) ? Named.linked(name, "/directory/people/" + id) : Named.unlinked(name)));
        for (UUID id : directory.organisationsVisibleTo(viewer, ids)) {
            readModel.summary(id).ifPresent(organisation ->
                    names.put(id, Named.linked(organisation.name(), "/directory/organisations/" + id)));
        }
        agreements.findAll(ids).stream()
                .filter(agreement -> viewer != null && agreement.partyIds().contains(viewer.organisationId()))
                .forEach(agreement -> names.put(agreement.id(), Named.unlinked(agreement.name())));
        return names;
    }
}
