package uk.saferhub.documents.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentAccess;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.Pilot;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.Option;

/**
 * Finds the service agreement a page is about, as the viewer may see it: any other document, or one the viewer may
 * not see, answers 404; a form the viewer's role or organisation may not use answers 403 once the document is visible.
 */
@Component
class AgreementPages {

    /** The places a pilot may be tried in or an agreement rolled out to, largest first. */
    static final List<PlaceType> AREAS = List.of(PlaceType.DISTRICT, PlaceType.CITY_AREA, PlaceType.TRIAL_AREA,
            PlaceType.WARD);

    private final Documents documents;
    private final ServiceAgreements agreements;
    private final Geography geography;
    private final OptionLabels labels;

    AgreementPages(Documents documents, ServiceAgreements agreements, Geography geography, OptionLabels labels) {
        this.documents = documents;
        this.agreements = agreements;
        this.geography = geography;
        this.labels = labels;
    }

    /** The service agreement, or 404 when it is another kind of document or not visible to the actor. */
    Document agreementDocument(Actor actor, UUID id) {
        Document document = documents.document(actor, id);
        if (document.type() != DocumentType.SERVICE_AGREEMENT) {
            throw new RecordNotFoundException("service agreement", id);
        }
        return document;
    }

    /** The agreement for its details form: a contributor of a party, else 403. */
    Document editable(Actor actor, UUID id) {
        Document document = agreementDocument(actor, id);
        if (!access(actor, document).canEdit(actor)) {
            throw new AccessDeniedException("Not a contributor of a party to the agreement");
        }
        return document;
    }

    /** The agreement for its pilot and roll-out forms: a coordinator of a party, else 403. */
    Document manageable(Actor actor, UUID id) {
        Document document = agreementDocument(actor, id);
        if (!access(actor, document).canManage(actor)) {
            throw new AccessDeniedException("Not a coordinator of a party to the agreement");
        }
        return document;
    }

    DocumentAccess access(Actor actor, Document document) {
        return documents.access(actor, document);
    }

    /** One of the agreement's pilots, or 404 when the pilot belongs to no such agreement. */
    Pilot pilot(Actor actor, UUID documentId, UUID pilotId) {
        return agreements.pilots(actor, documentId).stream().filter(p -> p.id().equals(pilotId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("pilot", pilotId));
    }

    /** Districts, city areas, trial areas and wards as choices: "St Neots (trial area)". */
    List<Option> areaChoices() {
        return places(AREAS);
    }

    /** The places of these types, largest type first and by name, as choices: "Huntingdonshire (district)". */
    List<Option> places(List<PlaceType> types) {
        return types.stream().flatMap(type -> geography.places(type).stream()
                .sorted(Comparator.comparing(Place::name))
                .map(p -> Option.of(p.id(), labels.text("documents.agreement.place", p.name(),
                        labels.text("geography.placeType.lower." + type.name())))))
                .toList();
    }
}
