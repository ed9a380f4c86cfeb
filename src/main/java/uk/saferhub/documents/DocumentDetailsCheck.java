package uk.saferhub.documents;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.documents.internal.DocumentStore;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.Word;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * Checks what an editor says about a document before it is stored: the organisations, body, people and related
 * documents exist and may be seen, and the hierarchy fits the types (a service agreement sits under a protocol).
 */
@Component
class DocumentDetailsCheck {

    private final DocumentStore store;
    private final Documents documents;
    private final Partnership partnership;
    private final Directory directory;

    DocumentDetailsCheck(DocumentStore store, Documents documents, Partnership partnership, Directory directory) {
        this.store = store;
        this.documents = documents;
        this.partnership = partnership;
        this.directory = directory;
    }

    static int[] firstNumber(String number) {
        if (number == null || number.isBlank()) {
            return new int[] {1, 0};
        }
        String[] parts = number.strip().split("\\.");
        try {
            return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
        } catch (NumberFormatException e) {
            throw new DocumentChangeRefused("firstNumber", "documents.refused.details.firstNumber");
        }
    }

    DocumentDetails checked(Actor actor, UUID id, DocumentDetails d) {
        if (d.type() == null) {
            throw new DocumentChangeRefused("type", "documents.refused.details.type");
        }
        String title = DocumentEditor.trimmed(d.title(), 300, "title", "documents.refused.title.tooLong");
        if (title == null) {
            throw new DocumentChangeRefused("title", "documents.refused.details.title");
        }
        String summary = DocumentEditor.trimmed(d.summary(), 2000, "summary", "documents.refused.summary.tooLong");
        UUID owner = d.owningOrganisationId() != null ? d.owningOrganisationId()
                : actor == null ? null : actor.organisationId();
        if (owner == null || directory.organisation(owner).isEmpty()) {
            throw new DocumentChangeRefused("owningOrganisationId", "documents.refused.details.owner");
        }
        HandlingLevel level = d.handlingLevel() == null ? HandlingLevel.PARTNERSHIP : d.handlingLevel();
        if (d.approvingBodyId() != null && partnership.body(d.approvingBodyId()).isEmpty()) {
            throw new DocumentChangeRefused("approvingBodyId", "documents.refused.details.approvingBody");
        }
        for (UUID party : d.parties()) {
            if (directory.organisation(party).isEmpty()) {
                throw new DocumentChangeRefused("parties", "documents.refused.details.parties");
            }
        }
        if (!ownersOnOffer(actor, id, d.owners()).containsAll(d.owners())) {
            throw new DocumentChangeRefused("owners", "documents.refused.details.owners");
        }
        if (d.reviewPeriodMonths() != null && (d.reviewPeriodMonths() < 1 || d.reviewPeriodMonths() > 120)) {
            throw new DocumentChangeRefused("reviewPeriodMonths", "documents.refused.details.reviewPeriod");
        }
        checkRelation(actor, id, d.type(), d.parentId(), "parentId");
        if (d.supersedesId() != null) {
            Document old = relative(actor, d.supersedesId(), "supersedesId");
            if (old.id().equals(id)) {
                throw new DocumentChangeRefused("supersedesId", "documents.refused.details.supersedesItself");
            }
        }
        Set<UUID> parties = new HashSet<>(d.parties());
        parties.remove(owner);
        return new DocumentDetails(d.type(), title, summary, owner, level, d.approvingBodyId(), d.parentId(),
                d.supersedesId(), d.reviewPeriodMonths(), parties, d.owners());
    }

    private void checkRelation(Actor actor, UUID id, DocumentType type, UUID parentId, String field) {
        if (parentId == null) {
            return;
        }
        Document parent = relative(actor, parentId, field);
        if (!type.mayHaveParent(parent.type())) {
            throw new DocumentChangeRefused(field, "documents.refused.details.parentType",
                    Word.of("documents.type.lower.", type), Word.of("documents.type.parentVerb.", type),
                    Word.of("documents.type.lower.", parent.type()));
        }
        for (Document up = parent; up != null; up = up.parentId() == null ? null
                : store.find(up.parentId()).orElse(null)) {
            if (up.id().equals(id)) {
                throw new DocumentChangeRefused(field, "documents.refused.details.circle", parent.title());
            }
        }
    }

    private Document relative(Actor actor, UUID relatedId, String field) {
        Document related = store.find(relatedId)
                .orElseThrow(() -> new DocumentChangeRefused(field, "documents.refused.details.relative"));
        if (actor != null && !documents.access(actor, related).canSee(actor)) {
            throw new DocumentChangeRefused(field, "documents.refused.details.relative");

        }
        return related;
    }

    /**
     * The people an editor may name as owners: those they may see, and the document's present owners, whom the form
     * keeps on offer; the system (no actor) may name anyone in the directory.
     */
    private Set<UUID> ownersOnOffer(Actor actor, UUID id, Collection<UUID> wanted) {
        if (actor == null) {
            return directory.knownPeople(wanted);
        }
        Set<UUID> offered = directory.peopleVisibleTo(actor).stream().map(p -> p.id())
                .collect(Collectors.toCollection(HashSet::new));
        if (id != null) {
            store.find(id).ifPresent(present -> offered.addAll(present.owners()));
        }
        return offered;
    }
}
