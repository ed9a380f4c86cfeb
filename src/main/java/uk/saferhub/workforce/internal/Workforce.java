package uk.saferhub.workforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.directory.Organisation;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Restricted;
import uk.saferhub.shared.access.Role;

/**
 * The workforce module's read API: funding schemes, PCSOs, their patrol attachments and the posts of each team. The
 * methods taking an actor keep to what that actor may see (a PCSO belongs to its force, a scheme to its funder, both
 * seen by partners); the unchecked ones are for other parts of SaferHub, such as coverage, that work on every record.
 */
@Service
public class Workforce {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SchemeStore schemes;
    private final PcsoStore pcsos;
    private final AttachmentStore attachments;
    private final TeamPostsStore posts;
    private final Directory directory;
    private final DirectoryListings listings;
    private final AccessPolicy access;
    private final Clock clock;

    Workforce(SchemeStore schemes, PcsoStore pcsos, AttachmentStore attachments, TeamPostsStore posts,
            Directory directory, DirectoryListings listings, AccessPolicy access, Clock clock) {
        this.schemes = schemes;
        this.pcsos = pcsos;
        this.attachments = attachments;
        this.posts = posts;
        this.directory = directory;
        this.listings = listings;
        this.access = access;
        this.clock = clock;
    }

    /** The schemes the actor may see, by name. */
    @Transactional(readOnly = true)
    public List<FundingScheme> schemes(Actor actor) {
        return schemes.visibleTo(actor, null);
    }

    /** A scheme the actor may see; otherwise the refusal is audited and it answers as absent. */
    @Transactional(readOnly = true)
    public FundingScheme scheme(Actor actor, UUID id) {
        return access.requireVisible(actor, schemes.find(id), "workforce-scheme", id);
    }

    /** A scheme, unchecked. */
    @Transactional(readOnly = true)
    public Optional<FundingScheme> scheme(UUID id) {
        return schemes.find(id);
    }

    /** Every scheme, unchecked, by name. */
    @Transactional(readOnly = true)
    public List<FundingScheme> allSchemes() {
        return schemes.all();
    }

    /**
     * What a funder the actor may see pays for: its schemes the actor may see, with the PCSOs in each. An
     * organisation the actor may not see answers as absent.
     */
    @Transactional(readOnly = true)
    public FunderView funder(Actor actor, UUID funderId) {
        Organisation funder = directory.organisation(actor, funderId);
        List<FundedScheme> funded = schemes.visibleTo(actor, funderId).stream()
                .map(scheme -> new FundedScheme(scheme, pcsos.matching(actor, PcsoFilter.ofScheme(scheme.id()), false)))
                .toList();
        return new FunderView(funder.id(), funder.name(), funded);
    }

    /** The PCSOs the actor may see that match the filter, by name. */
    @Transactional(readOnly = true)
    public List<Pcso> pcsos(Actor actor, PcsoFilter filter) {
        return pcsos.matching(actor, filter == null ? PcsoFilter.all() : filter, false);
    }

    /** Every PCSO matching the filter, unchecked. */
    @Transactional(readOnly = true)
    public List<Pcso> allPcsos(PcsoFilter filter) {
        return pcsos.matching(null, filter == null ? PcsoFilter.all() : filter, true);
    }

    /** A PCSO the actor may see; otherwise the refusal is audited and it answers as absent. */
    @Transactional(readOnly = true)
    public Pcso pcso(Actor actor, UUID id) {
        return access.requireVisible(actor, pcsos.find(id), "pcso", id);
    }

    /** A PCSO, unchecked. */
    @Transactional(readOnly = true)
    public Optional<Pcso> pcso(UUID id) {
        return pcsos.find(id);
    }

    /** The PCSO record of a directory person, unchecked: for a PCSO looking at their own development record. */
    @Transactional(readOnly = true)
    public Optional<Pcso> pcsoOfPerson(UUID personId) {
        return pcsos.forPerson(personId);
    }

    /** A PCSO's attachments, past, present and future, the latest first; 404 for a PCSO the actor may not see. */
    @Transactional(readOnly = true)
    public List<PatrolAttachment> attachmentsOf(Actor actor, UUID pcsoId) {
        pcso(actor, pcsoId);
        return attachments.ofPcso(pcsoId);
    }

    /** One attachment of a PCSO the actor may see, or 404. */
    @Transactional(readOnly = true)
    public PatrolAttachment attachment(Actor actor, UUID attachmentId) {
        PatrolAttachment attachment = attachments.find(attachmentId)
                .orElseThrow(() -> new RecordNotFoundException("patrol-attachment", attachmentId));
        pcso(actor, attachment.pcsoId());
        return attachment;
    }

    /** Which wards the team's PCSOs (those the actor may see) cover on the day; 404 for a team the actor may not see. */
    @Transactional(readOnly = true)
    public List<ActiveAttachment> teamAttachments(Actor actor, UUID teamId, LocalDate day) {
        requireTeam(actor, teamId);
        return attachments.activeOn(day, actor, false, teamId, null);
    }

    /** Which wards the scheme's PCSOs (those the actor may see) cover on the day; 404 for a scheme not visible. */
    @Transactional(readOnly = true)
    public List<ActiveAttachment> schemeAttachments(Actor actor, UUID schemeId, LocalDate day) {
        scheme(actor, schemeId);
        return attachments.activeOn(day, actor, false, null, schemeId);
    }

    /**
     * For coverage: every attachment holding on the day, of every PCSO who has not left (on leave included: see
     * {@link ActiveAttachment#status()}), unchecked.
     */
    @Transactional(readOnly = true)
    public List<ActiveAttachment> activeAttachments(LocalDate day) {
        return attachments.activeOn(day, null, true, null, null);
    }

    /** {@link #activeAttachments(LocalDate)} kept to the PCSOs the actor may see. */
    @Transactional(readOnly = true)
    public List<ActiveAttachment> activeAttachments(Actor actor, LocalDate day) {
        return attachments.activeOn(day, actor, false, null, null);
    }

    /** The neighbourhood policing teams the actor may see, with their establishment and filled posts, by name. */
    @Transactional(readOnly = true)
    public List<TeamPosts> teams(Actor actor) {
        Map<UUID, Integer> establishment = posts.establishments();
        Map<UUID, Integer> filled = pcsos.activeByTeam();
        return listings.organisationChoices(actor).stream()
                .filter(org -> org.type() == OrganisationType.NEIGHBOURHOOD_POLICING_TEAM)
                .map(team -> new TeamPosts(team.id(), team.name(), establishment.get(team.id()),
                        filled.getOrDefault(team.id(), 0)))
                .sorted(Comparator.comparing(TeamPosts::teamName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** A team's posts, if the actor may see the team; otherwise it answers as absent. */
    @Transactional(readOnly = true)
    public TeamPosts team(Actor actor, UUID teamId) {
        Organisation team = requireTeam(actor, teamId);
        return new TeamPosts(team.id(), team.name(), posts.establishment(teamId).orElse(null),
                pcsos.activeByTeam().getOrDefault(teamId, 0));
    }

    /** Whether the actor may change this scheme or PCSO: {@link ChangePolicy}, coordinators. */
    public boolean mayEdit(Actor actor, Restricted record) {
        return ChangePolicy.mayChange(actor, record, Role.COORDINATOR);
    }

    /** Whether the actor may add records for this organisation or change a team's posts: {@link ChangePolicy}. */
    public boolean mayEditFor(Actor actor, UUID organisationId) {
        return ChangePolicy.mayChangeFor(actor, organisationId, Role.COORDINATOR);
    }

    /** Today in Europe/London. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private Organisation requireTeam(Actor actor, UUID teamId) {
        Organisation team = directory.organisation(actor, teamId);
        if (team.type() != OrganisationType.NEIGHBOURHOOD_POLICING_TEAM) {
            throw new RecordNotFoundException("team", teamId);
        }
        return team;
    }
}
