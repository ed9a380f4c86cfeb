package uk.saferhub.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.documents.internal.AgreementStore;
import uk.saferhub.documents.internal.DisplayDates;
import uk.saferhub.documents.internal.DocumentStore;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.shared.Word;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Service agreements (seed 000): what council service PCSOs deliver and under which powers, piloted in a trial area
 * (St Neots) before roll-out to further areas, which is refused until the pilot has an evaluated, successful result;
 * and the layer on the geography showing, ward by ward, where each agreement is piloted or in force.
 */
@Service
public class ServiceAgreements {

    private final AgreementStore store;
    private final DocumentStore documentStore;
    private final Documents documents;
    private final DocumentEditor editor;
    private final Geography geography;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceAgreements(AgreementStore store, DocumentStore documentStore, Documents documents, DocumentEditor editor,
            Geography geography, AuditTrail audit, Clock clock) {
        this.store = store;
        this.documentStore = documentStore;
        this.documents = documents;
        this.editor = editor;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ServiceAgreement> agreement(Actor actor, UUID documentId) {
        documents.document(actor, documentId);
        return store.find(documentId);
    }

    @Transactional(readOnly = true)
    public List<Pilot> pilots(Actor actor, UUID documentId) {
        documents.document(actor, documentId);
        return store.pilots(documentId).stream().map(this::named).toList();
    }

    @Transactional(readOnly = true)
    public List<Rollout> rollouts(Actor actor, UUID documentId) {
        documents.document(actor, documentId);
        return store.rollouts(documentId).stream().map(this::named).toList();
    }

    /** Says what the agreement delivers; only for a document registered as a service agreement. */
    @Transactional
    public ServiceAgreement describe(Actor actor, UUID documentId, ServiceAgreementDetails details) {
        Document document = editor.editable(actor, documentId);
        requireAgreement(document);
        String service = DocumentEditor.trimmed(details.councilService(), 200, "councilService",
                "documents.refused.councilService.tooLong");
        if (service == null) {
            throw new DocumentChangeRefused("councilService", "documents.refused.councilService.missing");
        }
        String role = DocumentEditor.trimmed(details.deliveringRole(), 100, "deliveringRole",
                "documents.refused.deliveringRole.tooLong");
        Optional<ServiceAgreement> before = store.find(documentId);
        ServiceAgreement after = new ServiceAgreement(documentId, service,
                DocumentEditor.trimmed(details.powers(), 2000, "powers", "documents.refused.powers.tooLong"),
                role == null ? "PCSO" : role,
                DocumentEditor.trimmed(details.duties(), 4000, "duties", "documents.refused.duties.tooLong"),
                DocumentEditor.trimmed(details.referral(), 2000, "referral", "documents.refused.referral.tooLong"),
                DocumentEditor.trimmed(details.trainingRequired(), 2000, "trainingRequired",
                        "documents.refused.trainingRequired.tooLong"),
                clock.instant());
        store.save(after);
        audit.recordChange(before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, "service-agreement",
                documentId, "Described the service agreement \"" + document.title() + "\"",
                Changes.none().field("councilService", before.map(ServiceAgreement::councilService).orElse(null),
                        after.councilService())
                        .field("powers", before.map(ServiceAgreement::powers).orElse(null), after.powers())
                        .field("deliveringRole", before.map(ServiceAgreement::deliveringRole).orElse(null),
                                after.deliveringRole())
                        .field("duties", before.map(ServiceAgreement::duties).orElse(null), after.duties())
                        .field("referral", before.map(ServiceAgreement::referral).orElse(null), after.referral())
                        .field("trainingRequired", before.map(ServiceAgreement::trainingRequired).orElse(null),
                                after.trainingRequired()));
        return after;
    }

    /** Starts a pilot in a trial area; one pilot at a time until it is evaluated. */
    @Transactional
    public Pilot startPilot(Actor actor, UUID documentId, NewPilot details) {
        Document document = editor.manageable(actor, documentId, true);
        requireAgreement(document);
        requireDescribed(document);
        Place place = place(details.placeId(), "placeId", "documents.refused.pilot.place");
        if (details.startsOn() == null || details.endsOn() == null) {
            throw new DocumentChangeRefused(details.startsOn() == null ? "startsOn" : "endsOn",
                    "documents.refused.pilot.dates");
        }
        if (details.endsOn().isBefore(details.startsOn())) {
            throw new DocumentChangeRefused("endsOn", "documents.refused.pilot.endsBeforeStart");
        }
        String criteria = DocumentEditor.trimmed(details.evaluationCriteria(), 4000, "evaluationCriteria",
                "documents.refused.evaluationCriteria.tooLong");
        if (criteria == null) {
            throw new DocumentChangeRefused("evaluationCriteria", "documents.refused.pilot.criteria");
        }
        store.pilots(documentId).stream().filter(p -> !p.evaluated()).findFirst().ifPresent(running -> {
            throw new DocumentChangeRefused("placeId", "documents.refused.pilot.running");
        });
        Pilot pilot = new Pilot(UUID.randomUUID(), documentId, place.id(), place.name(), details.startsOn(),
                details.endsOn(), criteria, null, null, null);
        store.insertPilot(pilot, clock.instant());
        audit.recordChange(AuditAction.CREATE, "service-agreement-pilot", pilot.id(), "Pilot of \""
                + document.title() + "\" in " + place.name(),
                Changes.none().field("place", null, place.name()).field("startsOn", null, pilot.startsOn())
                        .field("endsOn", null, pilot.endsOn()).field("evaluationCriteria", null, criteria));
        return pilot;
    }

    /** Records the pilot's evaluated result: what was found against its criteria and whether it succeeded. */
    @Transactional
    public Pilot evaluate(Actor actor, UUID pilotId, LocalDate on, String result, Boolean successful) {
        Pilot pilot = store.pilot(pilotId).orElseThrow(() -> new RecordNotFoundException("pilot", pilotId));
        Document document = editor.manageable(actor, pilot.documentId(), true);
        if (pilot.evaluated()) {
            throw new DocumentChangeRefused("evaluationResult", "documents.refused.evaluation.done",
                    DisplayDates.day(pilot.evaluatedOn()));
        }
        LocalDate day = on == null ? documents.today() : on;
        if (day.isBefore(pilot.startsOn()) || day.isAfter(documents.today())) {
            throw new DocumentChangeRefused("evaluatedOn", "documents.refused.evaluation.date");
        }
        String text = DocumentEditor.trimmed(result, 4000, "evaluationResult",
                "documents.refused.evaluationResult.tooLong");
        if (text == null) {
            throw new DocumentChangeRefused("evaluationResult", "documents.refused.evaluation.result");
        }
        if (successful == null) {
            throw new DocumentChangeRefused("successful", "documents.refused.evaluation.successful");
        }
        store.evaluate(pilotId, day, text, successful);
        audit.recordChange(AuditAction.UPDATE, "service-agreement-pilot", pilotId, "Evaluated the pilot of \""
                + document.title() + "\"", Changes.none().field("evaluatedOn", null, day)
                        .field("evaluationResult", null, text).field("successful", null, successful));
        return named(store.pilot(pilotId).orElseThrow());
    }

    /** Rolls the approved agreement out to a further area; refused until a pilot has an evaluated, good result. */
    @Transactional
    public Rollout rollOut(Actor actor, UUID documentId, UUID placeId, LocalDate from) {
        Document document = editor.manageable(actor, documentId, true);
        requireAgreement(document);
        if (document.status().ended() || !documentStore.versionsOf(List.of(documentId))
                .getOrDefault(documentId, List.of()).stream().anyMatch(DocumentVersion::approved)) {
            throw new DocumentChangeRefused("placeId", "documents.refused.rollout.notApproved");
        }
        List<Pilot> pilots = store.pilots(documentId);
        if (pilots.isEmpty()) {
            throw new DocumentChangeRefused("placeId", "documents.refused.rollout.notPiloted");
        }
        Pilot last = pilots.getLast();
        if (!last.evaluated()) {
            throw new DocumentChangeRefused("placeId", "documents.refused.rollout.notEvaluated",
                    named(last).placeName());
        }
        if (!last.successful()) {
            throw new DocumentChangeRefused("placeId", "documents.refused.rollout.unsuccessful",
                    named(last).placeName());
        }
        Place place = place(placeId, "placeId", "documents.refused.rollout.place");
        LocalDate day = from == null ? documents.today() : from;
        Rollout rollout = new Rollout(documentId, place.id(), place.name(), day, clock.instant(),
                DocumentEditor.by(actor));
        if (!store.insertRollout(rollout)) {
            throw new DocumentChangeRefused("placeId", "documents.refused.rollout.inForce", document.title(),
                    place.name());
        }
        audit.recordChange(AuditAction.CREATE, "service-agreement-rollout", documentId + "/" + place.id(),
                "Rolled \"" + document.title() + "\" out to " + place.name(),
                Changes.none().field("place", null, place.name()).field("fromOn", null, day));
        return rollout;
    }

    /** The agreements the actor may see as a layer over the wards of a place. */
    @Transactional(readOnly = true)
    public AgreementLayer layer(Actor actor, UUID placeId) {
        Place place = geography.require(placeId);
        List<Place> wards = geography.wardsWithin(placeId);
        List<Document> agreements = documents.register(actor, new DocumentFilter(null, DocumentType.SERVICE_AGREEMENT,
                null, null, false)).stream().map(DocumentListing::document).filter(d -> !d.status().ended()).toList();
        LocalDate today = documents.today();
        Map<UUID, Map<UUID, AreaStage>> stages = new HashMap<>();
        for (Document agreement : agreements) {
            Map<UUID, AreaStage> byWard = new HashMap<>();
            for (Pilot pilot : store.pilots(agreement.id())) {
                if (!pilot.startsOn().isAfter(today) && !Boolean.FALSE.equals(pilot.successful())) {
                    geography.wardsWithin(pilot.placeId()).forEach(w -> byWard.put(w.id(), AreaStage.PILOTED));
                }
            }
            for (Rollout rollout : store.rollouts(agreement.id())) {
                if (!rollout.fromOn().isAfter(today)) {
                    geography.wardsWithin(rollout.placeId()).forEach(w -> byWard.put(w.id(), AreaStage.IN_FORCE));
                }
            }
            stages.put(agreement.id(), byWard);
        }
        return new AgreementLayer(place, agreements, wards, stages);
    }

    private void requireAgreement(Document document) {
        if (document.type() != DocumentType.SERVICE_AGREEMENT) {
            throw new DocumentChangeRefused("type", "documents.refused.agreement.type", document.title(),
                    Word.of("documents.type.lower.", document.type()));
        }
    }

    private void requireDescribed(Document document) {
        if (store.find(document.id()).isEmpty()) {
            throw new DocumentChangeRefused("councilService", "documents.refused.agreement.undescribed");
        }
    }

    /** The place chosen, or a refusal on {@code field} in the words of the message {@code key}. */
    private Place place(UUID id, String field, String key) {
        if (id == null) {
            throw new DocumentChangeRefused(field, key);
        }
        return geography.place(id).orElseThrow(() -> new DocumentChangeRefused(field, key));

    }

    private Pilot named(Pilot p) {
        String name = geography.place(p.placeId()).map(Place::name).orElse(null);
        return new Pilot(p.id(), p.documentId(), p.placeId(), name, p.startsOn(), p.endsOn(), p.evaluationCriteria(),
                p.evaluatedOn(), p.evaluationResult(), p.successful());
    }

    private Rollout named(Rollout r) {
        String name = geography.place(r.placeId()).map(Place::name).orElse(null);
        return new Rollout(r.documentId(), r.placeId(), name, r.fromOn(), r.recordedAt(), r.recordedBy());
    }
}
