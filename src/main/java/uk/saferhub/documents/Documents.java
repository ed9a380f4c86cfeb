package uk.saferhub.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.documents.internal.DisplayDates;
import uk.saferhub.documents.internal.DocumentStore;
import uk.saferhub.documents.internal.ProceedingsStore;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.AccessRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.RestrictedRecordViewed;

/**
 * Reads the document register for pages, the API and other modules, applying {@link DocumentAccess}: a document the
 * viewer may not see answers as absent, and every view of a draft or of an AGENCY or POLICE_ONLY document is audited.
 */
@Service
public class Documents {

    private final DocumentStore store;
    private final ProceedingsStore proceedings;
    private final Partnership partnership;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Documents(DocumentStore store, ProceedingsStore proceedings, Partnership partnership, Directory directory,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.proceedings = proceedings;
        this.partnership = partnership;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DisplayDates.LONDON);
    }

    /** The register: the documents the actor may see, filtered, by title. */
    @Transactional(readOnly = true)
    public List<DocumentListing> register(Actor actor, DocumentFilter filter) {
        List<Document> all = store.all();
        List<UUID> ids = all.stream().map(Document::id).toList();
        Map<UUID, List<DocumentVersion>> versions = store.versionsOf(ids);
        Map<UUID, List<Recipient>> consultees = proceedings.consulteesOf(ids);
        Map<BodyId, Set<UUID>> seatHolders = seatHolders(consultees.values());
        Map<UUID, String> organisations = organisationNames();
        Map<UUID, String> bodies = bodyNames();
        LocalDate today = today();
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase();
        List<DocumentListing> listings = new ArrayList<>();
        for (Document document : all) {
            List<DocumentVersion> own = versions.getOrDefault(document.id(), List.of());
            DocumentAccess access = new DocumentAccess(document, own.stream().anyMatch(DocumentVersion::approved),
                    consultees.getOrDefault(document.id(), List.of()), seatHolders);
            if (!access.canSee(actor)
                    || !text.isEmpty() && !(document.title().toLowerCase().contains(text)
                            || document.summary() != null && document.summary().toLowerCase().contains(text))
                    || filter.type() != null && document.type() != filter.type()
                    || filter.status() != null && document.status() != filter.status()
                    || filter.party() != null && !document.party(filter.party())
                    || filter.reviewDue() && !(document.nextReviewOn() != null && !document.status().ended()
                            && !document.nextReviewOn().isAfter(today.plusMonths(3)))) {
                continue;
            }
            DocumentVersion shown = shownVersion(own, access.canSeeDrafts(actor));
            listings.add(new DocumentListing(document, shown == null ? null : shown.shortLabel(),
                    organisations.get(document.owningOrganisationId()),
                    document.approvingBodyId() == null ? null : bodies.get(document.approvingBodyId().value()),
                    document.reviewOverdue(today)));
        }
        return listings;
    }

    /** One document the actor may see, its view audited when it is a draft or restricted. */
    @Transactional(readOnly = true)
    public Document document(Actor actor, UUID id) {
        Document document = store.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
        DocumentAccess access = access(actor, document);
        requireVisible(actor, access);
        return document;
    }

    /** Everything the document's page shows. */
    @Transactional(readOnly = true)
    public DocumentView view(Actor actor, UUID id) {
        Document document = store.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
        DocumentAccess access = access(actor, document);
        requireVisible(actor, access);
        boolean drafts = access.canSeeDrafts(actor);
        List<DocumentVersion> all = store.versions(id);
        List<DocumentVersion> visible = all.stream().filter(v -> drafts || v.approved()).toList();
        DocumentVersion latestApproved = all.stream().filter(DocumentVersion::approved)
                .reduce((first, second) -> second).orElse(null);
        DocumentVersion newest = all.isEmpty() ? null : all.getLast();
        DocumentVersion workingDraft = drafts && newest != null && !newest.approved() ? newest : null;
        Map<UUID, String> organisations = organisationNames();
        Map<UUID, String> bodies = bodyNames();
        List<Approval> approvals = proceedings.approvals(id).stream()
                .map(a -> new Approval(a.id(), a.documentId(), a.draftVersionId(), a.versionId(), a.bodyId(),
                        bodies.get(a.bodyId().value()), a.meetingId(), a.decisionId(), a.delegatedTo(),
                        a.decidedOn(), a.recordedAt(), a.recordedBy()))
                .toList();
        Map<UUID, String> people = directory.namesAsSeenBy(actor, document.owners());
        Set<DocumentStep> steps = EnumSet.noneOf(DocumentStep.class);
        if (access.canManage(actor) || access.canEdit(actor)) {
            DocumentLifecycle.State state = state(document, all);
            for (DocumentStep step : DocumentStep.values()) {
                if (DocumentLifecycle.allows(state, step)
                        && (step == DocumentStep.EDIT_DRAFT ? access.canEdit(actor) : access.canManage(actor))) {
                    steps.add(step);
                }
            }
        }
        return new DocumentView(document, visible, drafts && newest != null ? newest : latestApproved,
                latestApproved, workingDraft, named(proceedings.circulations(id), organisations, bodies),
                drafts ? namedComments(proceedings.comments(id), organisations, bodies) : List.of(), approvals,
                proceedings.reviews(id), visibleOrNull(actor, document.parentId()), visibleChildren(actor, id),
                visibleOrNull(actor, document.supersedesId()), store.supersededBy(id).stream()
                        .filter(d -> access(actor, d).canSee(actor)).toList(),
                document.approvingBodyId() == null ? null : bodies.get(document.approvingBodyId().value()),
                organisations.get(document.owningOrganisationId()),
                document.owners().stream().map(people::get).filter(Objects::nonNull).toList(),
                document.parties().stream().map(organisations::get).filter(Objects::nonNull).sorted().toList(),
                drafts, access.canEdit(actor), access.canManage(actor), steps);
    }

    /** One version by its number ("1.1"); drafts only to parties and consultees, their views audited. */
    @Transactional(readOnly = true)
    public DocumentVersion version(Actor actor, UUID id, String number) {
        Document document = document(actor, id);
        DocumentAccess access = access(actor, document);
        DocumentVersion version = store.versions(id).stream().filter(v -> v.number().equals(number)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("document version", id + "/" + number));
        if (!version.approved()) {
            if (!access.canSeeDrafts(actor)) {
                events.publishEvent(new AccessRefused(actor, "document-version", version.id().toString(),
                        "draft of a document the actor is not party to or consulted on"));
                throw new RecordNotFoundException("document version", id + "/" + number);
            }
            events.publishEvent(new RestrictedRecordViewed(actor, "document-version", version.id().toString(),
                    document.handlingLevel()));
        }
        return version;
    }

    /** The versions the actor may see, oldest first (content left out: ask for one version to read it). */
    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(Actor actor, UUID id) {
        Document document = document(actor, id);
        boolean drafts = access(actor, document).canSeeDrafts(actor);
        return store.versionsOf(List.of(id)).getOrDefault(id, List.of()).stream()
                .filter(v -> drafts || v.approved()).toList();
    }

    /** Documents whose review falls within the given months or is overdue, soonest first, that the actor sees. */
    @Transactional(readOnly = true)
    public List<DocumentListing> reviewsDue(Actor actor, int months) {
        LocalDate horizon = today().plusMonths(months);
        return register(actor, DocumentFilter.all()).stream()
                .filter(l -> l.document().nextReviewOn() != null && !l.document().status().ended()
                        && !l.document().nextReviewOn().isAfter(horizon))
                .sorted(Comparator.comparing(l -> l.document().nextReviewOn()))
                .toList();
    }

    /** The access rule for one document, with what it needs looked up. */
    public DocumentAccess access(Actor actor, Document document) {
        boolean approved = store.versionsOf(List.of(document.id())).getOrDefault(document.id(), List.of())
                .stream().anyMatch(DocumentVersion::approved);
        List<Recipient> consultees = proceedings.consulteesOf(List.of(document.id()))
                .getOrDefault(document.id(), List.of());
        return new DocumentAccess(document, approved, consultees, seatHolders(List.of(consultees)));
    }

    static DocumentLifecycle.State state(Document document, List<DocumentVersion> versions) {
        boolean approved = versions.stream().anyMatch(DocumentVersion::approved);
        boolean pending = !versions.isEmpty() && !versions.getLast().approved();
        return new DocumentLifecycle.State(document.status(), approved, pending, document.inForceFrom() != null);
    }

    /** Audits the refusal and answers as if the document did not exist. */
    RecordNotFoundException refused(Actor actor, DocumentAccess access, String reason) {
        events.publishEvent(new AccessRefused(actor, "document", access.document().recordId(), reason));
        return new RecordNotFoundException("document", access.document().id());
    }

    private void requireVisible(Actor actor, DocumentAccess access) {
        Document document = access.document();
        if (!access.canSee(actor)) {
            throw refused(actor, access, access.approvedVersion() ? "handling level " + document.handlingLevel()
                    : "draft not sent to the actor's organisation");
        }
        boolean draftOnly = !access.approvedVersion();
        if (actor != null && (draftOnly || document.handlingLevel().viewIsAudited())) {
            events.publishEvent(new RestrictedRecordViewed(actor, "document", document.recordId(),
                    draftOnly && !document.handlingLevel().viewIsAudited() ? HandlingLevel.AGENCY
                            : document.handlingLevel()));
        }
    }

    private static DocumentVersion shownVersion(List<DocumentVersion> versions, boolean drafts) {
        DocumentVersion shown = null;
        for (DocumentVersion v : versions) {
            if (drafts || v.approved()) {
                shown = v;
            }
        }
        return shown;
    }

    private Document visibleOrNull(Actor actor, UUID id) {
        if (id == null) {
            return null;
        }
        return store.find(id).filter(d -> access(actor, d).canSee(actor)).orElse(null);
    }

    private List<Document> visibleChildren(Actor actor, UUID id) {
        return store.children(id).stream().filter(d -> access(actor, d).canSee(actor)).toList();
    }

    /** For each body drafts were sent to, the people holding a seat on it today: consultees in their own right. */
    private Map<BodyId, Set<UUID>> seatHolders(Collection<List<Recipient>> consultees) {
        LocalDate today = today();
        Map<BodyId, Set<UUID>> holders = new HashMap<>();
        consultees.stream().flatMap(List::stream).map(Recipient::bodyId).filter(Objects::nonNull).distinct()
                .forEach(body -> holders.put(body, partnership.membersOf(body).stream()
                        .filter(seat -> seat.currentOn(today)).map(seat -> seat.personId())
                        .collect(Collectors.toSet())));
        return holders;
    }

    Map<UUID, String> organisationNames() {
        return directory.allOrganisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
    }

    Map<UUID, String> bodyNames() {
        Map<UUID, String> names = new HashMap<>();
        for (Body body : partnership.bodies()) {
            names.put(body.id().value(), body.name());
        }
        return names;
    }

    private static List<Circulation> named(List<Circulation> circulations, Map<UUID, String> organisations,
            Map<UUID, String> bodies) {
        return circulations.stream().map(c -> new Circulation(c.id(), c.documentId(), c.versionId(),
                c.versionLabel(), c.purpose(), c.sentOn(), c.monthOnly(), c.recipientsLabel(),
                c.recipients().stream().map(r -> name(r, organisations, bodies)).toList(), c.closesOn(), c.note(),
                c.recordedAt(), c.recordedBy())).toList();
    }

    private static List<ConsultationComment> namedComments(List<ConsultationComment> comments,
            Map<UUID, String> organisations, Map<UUID, String> bodies) {
        return comments.stream().map(c -> new ConsultationComment(c.id(), c.circulationId(), c.sectionRef(),
                c.sectionLabel(), name(c.commenter(), organisations, bodies), c.text(), c.receivedOn(),
                c.recordedAt(), c.recordedBy())).toList();
    }

    static Recipient name(Recipient r, Map<UUID, String> organisations, Map<UUID, String> bodies) {
        return new Recipient(r.organisationId(), r.bodyId(), r.organisationId() != null
                ? organisations.get(r.organisationId()) : bodies.get(r.bodyId().value()));
    }
}
