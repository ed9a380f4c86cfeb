package uk.saferhub.documents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceEditor;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * Service agreements and small places of their own for the agreement tests (the database is shared, so every title and
 * place code is unique): Huntingdonshire District Council's agreements with Cambridgeshire Constabulary Central
 * Division, approved by Cabinet, made as the system (null actor) as the demonstration loader does.
 */
@Component
public class AgreementFixtures {

    public static final String CONTENT = "# 1. PURPOSE\n\n1.1 PCSOs deliver the council service in the trial area"
            + " first.\n\n# 2. DELIVERY\n\n2.1 PCSOs refer matters to the council's officers.\n";

    public final DocumentEditor editor;
    public final ServiceAgreements agreements;
    public final Consultations consultations;
    public final Approvals approvals;
    public final Documents documents;
    public final Directory directory;
    public final Partnership partnership;
    public final PlaceEditor placeEditor;
    public final PlaceStore placeStore;
    public final Geography geography;

    AgreementFixtures(DocumentEditor editor, ServiceAgreements agreements, Consultations consultations,
            Approvals approvals, Documents documents, Directory directory, Partnership partnership,
            PlaceEditor placeEditor, PlaceStore placeStore, Geography geography) {
        this.editor = editor;
        this.agreements = agreements;
        this.consultations = consultations;
        this.approvals = approvals;
        this.documents = documents;
        this.directory = directory;
        this.partnership = partnership;
        this.placeEditor = placeEditor;
        this.placeStore = placeStore;
        this.geography = geography;
    }

    /** Three wards in a row inside a district of their own, and a trial area made of the first ward. */
    public record TestArea(Place district, List<Place> wards, Place trialArea) {
    }

    public static String unique(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    public BodyId cabinet() {
        return partnership.bodies().stream().filter(b -> b.name().equals("Cabinet")).findFirst().orElseThrow().id();
    }

    /** A draft document of the type, owned by Huntingdonshire DC with Central Division as a party. */
    public Document register(DocumentType type, String title) {
        return editor.register(null, new DocumentDetails(type, title, "A test " + type.label().toLowerCase(),
                organisation("Huntingdonshire District Council"), HandlingLevel.PARTNERSHIP, cabinet(), null, null, 12,
                Set.of(organisation("Cambridgeshire Constabulary Central Division")), List.of()), CONTENT, null);
    }

    /** A draft service agreement that says what it delivers. */
    public Document describedAgreement(String words) {
        Document document = register(DocumentType.SERVICE_AGREEMENT, unique(words));
        agreements.describe(null, document.id(), new ServiceAgreementDetails("Environmental enforcement " + words,
                "Anti-social Behaviour Act 2003", "PCSO", "Issue fixed penalty notices for dog fouling",
                "Refer repeat offenders to the council's dog warden", "The council's April training event"));
        return document;
    }

    /** A described service agreement approved by Cabinet's delegated decision today. */
    public Document approvedAgreement(String words) {
        Document document = describedAgreement(words);
        approvals.approve(null, document.id(), NewApproval.delegated(cabinet(), "Director of Operational"
                + " Services", documents.today()));
        return document;
    }

    /** A pilot that started two months ago and ended a week ago. */
    public Pilot pilot(Document agreement, Place area) {
        LocalDate today = documents.today();
        return agreements.startPilot(null, agreement.id(), new NewPilot(area.id(), today.minusMonths(2),
                today.minusDays(7), "No complaints from residents about PCSOs issuing notices"));
    }

    /** A district of three square wards with boundaries, imported through the place editor, and a trial area. */
    public TestArea area(String words) {
        String code = "TST" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String name = unique(words);
        placeEditor.apply(null, new ImportRequest(code + "-district.geojson", json(feature(code, name, -0.31,
                -0.26)), PlaceType.DISTRICT, "CODE", "NAME", null, null));
        Place district = geography.place(PlaceType.DISTRICT, code).orElseThrow();
        placeEditor.apply(null, new ImportRequest(code + "-wards.geojson", json(
                feature(code + "-W", "West " + name, -0.30, -0.29) + ","
                        + feature(code + "-M", "Middle " + name, -0.29, -0.28) + ","
                        + feature(code + "-E", "East " + name, -0.28, -0.27)), PlaceType.WARD, "CODE", "NAME",
                district.id(), null));
        Place west = geography.place(PlaceType.WARD, code + "-W").orElseThrow();
        Place middle = geography.place(PlaceType.WARD, code + "-M").orElseThrow();
        Place east = geography.place(PlaceType.WARD, code + "-E").orElseThrow();
        Place trial = placeEditor.defineArea(null, PlaceType.TRIAL_AREA, code + "-TRIAL", "Trial area " + name,
                district.id(), Set.of(west.id()));
        return new TestArea(district, List.of(west, middle, east), trial);
    }

    /** A district with two wards and no boundaries at all, as a clone without the reference data has. */
    public TestArea areaWithoutBoundaries(String words) {
        String code = "NB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String name = unique(words);
        Instant now = Instant.now();
        Place district = new Place(UUID.randomUUID(), PlaceType.DISTRICT, code, name, null, null, null, false, false,
                "test");
        placeStore.insert(district, null, now);
        Place north = new Place(UUID.randomUUID(), PlaceType.WARD, code + "-N", "North " + name, district.id(), null,
                null, false, false, "test");
        Place south = new Place(UUID.randomUUID(), PlaceType.WARD, code + "-S", "South " + name, district.id(), null,
                null, false, false, "test");
        placeStore.insert(north, null, now);
        placeStore.insert(south, null, now);
        Place trial = placeEditor.defineArea(null, PlaceType.TRIAL_AREA, code + "-TRIAL", "Trial area " + name,
                district.id(), Set.of(north.id()));
        return new TestArea(district, List.of(north, south), trial);
    }

    private static String feature(String code, String name, double west, double east) {
        return """
                {"type": "Feature", "properties": {"CODE": "%s", "NAME": "%s"}, "geometry": {"type": "Polygon",
                 "coordinates": [[[%s, 52.20], [%s, 52.20], [%s, 52.21], [%s, 52.21], [%s, 52.20]]]}}"""
                .formatted(code, name, west, east, east, west, west);
    }

    private static byte[] json(String features) {
        return ("{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
