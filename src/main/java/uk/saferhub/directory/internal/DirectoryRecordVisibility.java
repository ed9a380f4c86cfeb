package uk.saferhub.directory.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/**
 * Which directory records the audit trail may show an actor: people and organisations as the access policy lets them
 * see them, and a sharing agreement to the organisations party to it.
 */
@Component
class DirectoryRecordVisibility implements RecordVisibility {

    private final Directory directory;
    private final SharingAgreementStore agreements;

    DirectoryRecordVisibility(Directory directory, SharingAgreementStore agreements) {
        this.directory = directory;
        this.agreements = agreements;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("person", "organisation", "sharing-agreement");
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        Set<UUID> ids = RecordVisibility.uuidsOf(recordIds);
        Set<UUID> visible = switch (recordType) {
            case "person" -> directory.peopleVisibleTo(actor, ids);
            case "organisation" -> directory.organisationsVisibleTo(actor, ids);
            default -> {
                var parties = new HashSet<UUID>();
                agreements.findAll(ids).stream()
                        .filter(agreement -> agreement.partyIds().contains(actor.organisationId()))
                        .forEach(agreement -> parties.add(agreement.id()));
                yield parties;
            }
        };
        return RecordVisibility.idsOf(visible);
    }
}
