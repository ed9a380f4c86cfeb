package uk.saferhub.plans;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Audience;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A Police and Crime Plan: its title and term, the Commissioner, the office that owns it, the Chief Constable's force,
 * the Panel that reviews it, and every issued version. A Plan with an issued version is public; a new Plan still in
 * draft is seen only by the Commissioner's office, the force and, once it is sent, the Panel's members.
 *
 * @param electionYear the calendar year the financial year of the Commissioner's election starts in
 * @param panelReaders the people holding a seat on the Panel, who see the draft once it is sent
 * @param draftSent whether the draft of a Plan not yet issued has gone to the Panel
 */
public record Plan(UUID id, String title, String term, String commissioner, UUID pccOfficeId, UUID forceId,
        BodyId panelId, int electionYear, List<PlanVersion> versions, Set<UUID> panelReaders, boolean draftSent)
        implements Restricted {

    public static final String RECORD_TYPE = "police-and-crime-plan";

    public Plan {
        versions = List.copyOf(versions);
        panelReaders = Set.copyOf(panelReaders);
    }

    /** The same Plan, seen with the people holding a seat on its Panel. */
    public Plan withPanelReaders(Set<UUID> readers) {
        return new Plan(id, title, term, commissioner, pccOfficeId, forceId, panelId, electionYear, versions, readers,
                draftSent);
    }

    /** 31 March of the financial year of election: the Act's deadline for issuing the Plan (s.5(1)). */
    public LocalDate deadline() {
        return LocalDate.of(electionYear + 1, 3, 31);
    }

    /** The version in force: the latest issued. */
    public Optional<PlanVersion> current() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<PlanVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public boolean issued() {
        return !versions.isEmpty();
    }

    /** Whether the first version was issued by the deadline. */
    public Optional<Boolean> issuedInTime() {
        return versions.isEmpty() ? Optional.empty()
                : Optional.of(!versions.getFirst().issuedOn().isAfter(deadline()));
    }

    @Override
    public UUID owningOrganisationId() {
        return pccOfficeId;
    }

    @Override
    public HandlingLevel handlingLevel() {
        return issued() ? HandlingLevel.PUBLIC : HandlingLevel.PARTNERSHIP;
    }

    @Override
    public Optional<Audience> narrowedTo() {
        return issued() ? Optional.empty() : Optional.of(audience(pccOfficeId, forceId, draftSent, panelReaders));
    }

    @Override
    public Optional<Set<UUID>> changedOnlyBy() {
        return Optional.of(Set.of(pccOfficeId));
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return id.toString();
    }

    /** Who sees a draft: the Commissioner's office, the Chief Constable's force, and the Panel's members once sent. */
    static Audience audience(UUID pccOffice, UUID force, boolean sent, Set<UUID> panelReaders) {
        Set<UUID> people = sent ? new HashSet<>(panelReaders) : Set.of();
        return new Audience(Set.of(pccOffice, force), people);
    }
}
