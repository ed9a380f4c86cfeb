package uk.saferhub.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.RecentChanges;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentAccess;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.Recipient;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.DisplayTime;
import uk.saferhub.shared.web.HomeContributor;
import uk.saferhub.shared.web.HomeItem;
import uk.saferhub.shared.web.HomePanel;
import uk.saferhub.shared.web.PageWords;

/**
 * The signed-in person's documents work on the home page: documents they or their organisation own whose review is
 * due within three months or overdue, drafts sent to their organisation or a body they sit on that wait on them for
 * comment or approval, and what others changed in the documents they own since they last signed in (or in the last
 * fortnight). Each document found is checked with {@link DocumentAccess}, in one batch, before it is shown.
 */
@Component
class DocumentsHomePanels implements HomeContributor {

    static final int LIMIT = 6;
    static final int MONTHS_AHEAD = 3;
    static final int DAYS_BACK = 14;
    private static final Set<String> DRAFT_RECORDS = Set.of("document-circulation", "document-comment");

    private final HomeDocumentsStore home;
    private final DocumentStore store;
    private final ProceedingsStore proceedings;
    private final Partnership partnership;
    private final Documents documents;
    private final AuditTrail audit;
    private final PageWords words;

    DocumentsHomePanels(HomeDocumentsStore home, DocumentStore store, ProceedingsStore proceedings,
            Partnership partnership, Documents documents, AuditTrail audit, PageWords words) {
        this.words = words;
        this.home = home;
        this.store = store;
        this.proceedings = proceedings;
        this.partnership = partnership;
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HomePanel> homePanels(Actor actor) {
        LocalDate today = documents.today();
        List<UUID> seats = actor.personId() == null ? List.of() : partnership.seatsOf(actor, actor.personId()).stream()
                .filter(seat -> seat.currentOn(today)).map(Membership::bodyId).map(BodyId::value).distinct().toList();
        List<UUID> due = home.reviewsDue(actor.personId(), actor.organisationId(), today.plusMonths(MONTHS_AHEAD));
        List<UUID> owned = home.owned(actor.personId(), actor.organisationId());
        List<HomeDocumentsStore.Waiting> waiting = home.waiting(actor.organisationId(), seats, today);
        Set<UUID> all = new HashSet<>(due);
        all.addAll(owned);
        waiting.forEach(w -> all.add(w.documentId()));
        Map<UUID, Access> access = access(actor, all);
        return List.of(reviews(due, access, today), waiting(waiting, access), changes(actor, owned, access));
    }

    /** A document found and what the reader may see of it. */
    private record Access(Document document, boolean canSee, boolean canSeeDrafts) {
    }

    private HomePanel reviews(List<UUID> due, Map<UUID, Access> access, LocalDate today) {
        List<Document> visible = due.stream().map(access::get).filter(a -> a != null && a.canSee())
                .map(Access::document).toList();
        List<HomeItem> items = visible.stream().limit(LIMIT).map(document -> new HomeItem(document.title(),
                        "/documents/" + document.id(), null, "home.reviewDue", DisplayDates.day(document.nextReviewOn()),
                        document.reviewOverdue(today) ? "home.tag.reviewOverdue" : null, "red"))
                .toList();
        return new HomePanel(40, "home.reviews.heading", null, visible.size(), items, "home.reviews.empty",
                "home.reviews.seeAll", "/documents/reviews");
    }

    private HomePanel waiting(List<HomeDocumentsStore.Waiting> waiting, Map<UUID, Access> access) {
        List<HomeDocumentsStore.Waiting> visible = waiting.stream()
                .filter(w -> access.containsKey(w.documentId()) && access.get(w.documentId()).canSeeDrafts())
                .toList();
        List<HomeItem> items = visible.stream().limit(LIMIT).map(w -> new HomeItem(
                        access.get(w.documentId()).document().title(), "/documents/" + w.documentId() + "/consultation",
                        null, w.closesOn() == null ? null : "home.closes", DisplayDates.day(w.closesOn()),
                        w.purpose().equals("APPROVAL") ? "home.tag.forApproval" : "home.tag.forComment",
                        w.purpose().equals("APPROVAL") ? "purple" : "blue"))
                .toList();
        return new HomePanel(50, "home.waiting.heading", null, visible.size(), items, "home.waiting.empty", null,
                null);
    }

    private HomePanel changes(Actor actor, List<UUID> owned, Map<UUID, Access> access) {
        Instant since = audit.previousSignIn(actor.id())
                .orElse(documents.today().minusDays(DAYS_BACK).atStartOfDay(DisplayDates.LONDON).toInstant());
        List<UUID> visible = owned.stream().filter(id -> access.containsKey(id) && access.get(id).canSee()).toList();
        Map<String, List<String>> ids = new HashMap<>();
        Map<String, UUID> documentOf = new HashMap<>();
        for (UUID id : visible) {
            for (String type : List.of("document", "document-review-reminder", "service-agreement")) {
                ids.computeIfAbsent(type, t -> new ArrayList<>()).add(id.toString());
                documentOf.put(type + "/" + id, id);
            }
        }
        for (HomeDocumentsStore.Named named : home.recordsOf(visible)) {
            if (DRAFT_RECORDS.contains(named.type()) && !access.get(named.documentId()).canSeeDrafts()) {
                continue;
            }
            ids.computeIfAbsent(named.type(), t -> new ArrayList<>()).add(named.id());
            documentOf.put(named.type() + "/" + named.id(), named.documentId());
        }
        RecentChanges recent = audit.changesTo(ids, since, actor.id(), LIMIT);
        List<HomeItem> items = recent.latest().stream().map(change -> new HomeItem(change.summary(),
                        "/documents/" + documentOf.get(change.recordType() + "/" + change.recordId()),
                        words.text("home.changedBy", change.actorName()), "home.changedOn", DisplayTime.of(change.occurredAt(), ""), null, null))
                .toList();
        return new HomePanel(70, "home.changes.documents.heading", DisplayTime.dateOf(since), recent.total(), items,
                visible.isEmpty() ? "home.changes.documents.noneOwned" : "home.changes.documents.empty", null, null);
    }

    /** The access rule for each document, with what it needs loaded in one go (as the register does). */
    private Map<UUID, Access> access(Actor actor, Collection<UUID> ids) {
        List<Document> found = store.findAll(ids);
        List<UUID> idList = found.stream().map(Document::id).toList();
        Map<UUID, List<DocumentVersion>> versions = store.versionsOf(idList);
        Map<UUID, List<Recipient>> consultees = proceedings.consulteesOf(idList);
        LocalDate today = documents.today();
        Map<BodyId, Set<UUID>> seatHolders = new HashMap<>();
        consultees.values().stream().flatMap(List::stream).map(Recipient::bodyId).filter(Objects::nonNull).distinct()
                .forEach(body -> seatHolders.put(body, partnership.membersOf(body).stream()
                        .filter(seat -> seat.currentOn(today)).map(Membership::personId).collect(Collectors.toSet())));
        return found.stream().map(document -> {
            DocumentAccess rule = new DocumentAccess(document,
                    versions.getOrDefault(document.id(), List.of()).stream().anyMatch(DocumentVersion::approved),
                    consultees.getOrDefault(document.id(), List.of()), seatHolders);
            return new Access(document, rule.canSee(actor), rule.canSeeDrafts(actor));
        }).collect(Collectors.toMap(a -> a.document().id(), Function.identity()));
    }
}
