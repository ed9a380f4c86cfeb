package uk.saferhub.workforce.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;

/**
 * Whom a training requirement applies to on a day, whatever their status: the PCSOs attached to a ward within its area,
 * the PCSOs of its scheme, those of the scheme attached in the area when it names both, and otherwise every PCSO of
 * the forces in the owner's partnerships.
 */
@Component
public class RequirementScope {

    private final TrainingOfficerStore officers;
    private final Geography geography;
    private final Directory directory;

    RequirementScope(TrainingOfficerStore officers, Geography geography, Directory directory) {
        this.officers = officers;
        this.geography = geography;
        this.directory = directory;
    }

    public List<TrainingOfficer> officers(TrainingRequirement requirement, LocalDate day) {
        if (requirement.areaId() == null && requirement.schemeId() == null) {
            return officers.ofForces(directory.partnersOf(requirement.ownerId()));
        }
        List<TrainingOfficer> attached = requirement.areaId() == null ? null
                : officers.attachedTo(geography.wardsWithin(requirement.areaId()).stream().map(Place::id).toList(),
                        day);
        if (requirement.schemeId() == null) {
            return attached;
        }
        List<TrainingOfficer> ofScheme = officers.ofScheme(requirement.schemeId());
        if (attached == null) {
            return ofScheme;
        }
        Set<UUID> inArea = attached.stream().map(TrainingOfficer::id).collect(Collectors.toSet());
        return ofScheme.stream().filter(officer -> inArea.contains(officer.id())).toList();
    }
}
