package uk.saferhub.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.saferhub.audit.AuditTrail;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class PlaceAreaTests {

    @Autowired
    PlaceEditor editor;

    @Autowired
    Geography geography;

    @Autowired
    AuditTrail audit;

    @Autowired
    DemoUsers users;

    private final String prefix = GeographyFixtures.prefix();
    private Place west;
    private Place middle;
    private Place east;

    @BeforeEach
    void importWards() {
        editor.apply(null, new ImportRequest("three-wards.geojson",
                GeographyFixtures.unique("three-wards.geojson", prefix), PlaceType.WARD, "CODE", "NAME", null, null));
        west = geography.place(PlaceType.WARD, prefix + "-1").orElseThrow();
        middle = geography.place(PlaceType.WARD, prefix + "-2").orElseThrow();
        east = geography.place(PlaceType.WARD, prefix + "-3").orElseThrow();
    }

    private GeographyChangeRefused refusal(Runnable change) {
        return (GeographyChangeRefused) org.assertj.core.api.Assertions.catchThrowable(change::run);
    }

    @Test
    void anAreaIsTheUnionOfItsWards() {
        Place area = editor.defineArea(users.actor("ewilson"), PlaceType.TRIAL_AREA, prefix + "-TRIAL", "Test trial",
                null, Set.of(west.id(), middle.id()));

        assertThat(area.madeOfWards()).isTrue();
        assertThat(geography.wardsWithin(area.id())).extracting(Place::id)
                .containsExactlyInAnyOrder(west.id(), middle.id());
        assertThat(geography.areasIncluding(west.id())).extracting(Place::id).contains(area.id());
        var boundary = geography.boundary(area.id()).orElseThrow();
        assertThat(boundary.getGeometryType()).isEqualTo("Polygon");
        assertThat(boundary.getEnvelopeInternal().getMinX()).isEqualTo(-0.30);
        assertThat(boundary.getEnvelopeInternal().getMaxX()).isEqualTo(-0.28);
        assertThat(area.areaSqKm()).isCloseTo(west.areaSqKm() + middle.areaSqKm(), within(0.002));
        assertThat(audit.historyOf("place", area.id().toString())).singleElement()
                .satisfies(entry -> assertThat(entry.summary()).isEqualTo("Defined trial area Test trial from 2 wards"));
    }

    @Test
    void aForceAreaIsTheUnionOfThePlacesItHoldsWhichBecomeItsChildren() {
        Place force = editor.defineGrouping(users.actor("ewilson"), PlaceType.FORCE_AREA, prefix + "-PFA",
                "Test force area", Set.of(west.id(), east.id()));

        assertThat(geography.children(force.id())).extracting(Place::id).containsExactlyInAnyOrder(west.id(),
                east.id());
        assertThat(geography.wardsWithin(force.id())).extracting(Place::id).containsExactlyInAnyOrder(west.id(),
                east.id());
        assertThat(geography.boundary(force.id()).orElseThrow().getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(geography.boundary(west.id())).isPresent();
    }

    @Test
    void aForceAreaMustHoldSmallerPlacesAndHaveACodeOfItsOwn() {
        Place force = editor.defineGrouping(null, PlaceType.FORCE_AREA, prefix + "-PFA2", "Another force area",
                Set.of(middle.id()));

        assertThat(refusal(() -> editor.defineGrouping(null, PlaceType.DIVISION, prefix + "-DIV", "Division",
                Set.of(force.id()))).field()).isEqualTo("children");
        assertThat(refusal(() -> editor.defineGrouping(null, PlaceType.FORCE_AREA, prefix + "-PFA2", "Again",
                Set.of(west.id()))).field()).isEqualTo("code");
        assertThat(refusal(() -> editor.defineGrouping(null, PlaceType.WARD, prefix + "-W", "Ward",
                Set.of(west.id()))).field()).isEqualTo("type");
        assertThat(geography.place(PlaceType.DIVISION, prefix + "-DIV")).isEmpty();
    }

    @Test
    void revisingAnAreaRedrawsItFromItsNewWards() {
        Place area = editor.defineArea(null, PlaceType.PATROL_AREA, prefix + "-P", "Test patrol", null,
                Set.of(west.id()));

        Place revised = editor.reviseArea(users.actor("ewilson"), area.id(), PlaceType.NEIGHBOURHOOD, prefix + "-N",
                "Test neighbourhood", null, Set.of(middle.id(), east.id()));

        assertThat(geography.require(area.id())).satisfies(place -> {
            assertThat(place.type()).isEqualTo(PlaceType.NEIGHBOURHOOD);
            assertThat(place.code()).isEqualTo(prefix + "-N");
            assertThat(place.name()).isEqualTo("Test neighbourhood");
        });
        assertThat(geography.wardsWithin(area.id())).extracting(Place::id)
                .containsExactlyInAnyOrder(middle.id(), east.id());
        assertThat(geography.boundary(area.id()).orElseThrow().getEnvelopeInternal().getMinX()).isEqualTo(-0.29);
        assertThat(revised.areaSqKm()).isCloseTo(middle.areaSqKm() + east.areaSqKm(), within(0.002));
        assertThat(audit.historyOf("place", area.id().toString())).hasSize(2);
    }

    @Test
    void anAreaNeedsWardsThatExistAndACodeOfItsOwn() {
        editor.defineArea(null, PlaceType.CITY_AREA, prefix + "-C", "Test city area", null, Set.of(west.id()));

        assertThat(refusal(() -> editor.defineArea(null, PlaceType.CITY_AREA, prefix + "-X", "No wards", null,
                Set.of()))).satisfies(refused -> {
                    assertThat(refused.field()).isEqualTo("wardIds");
                    assertThat(RefusalWords.of(refused)).isEqualTo("Choose at least one ward");
                });
        assertThat(refusal(() -> editor.defineArea(null, PlaceType.CITY_AREA, prefix + "-Y", "Unknown", null,
                Set.of(java.util.UUID.randomUUID())))).extracting(RefusalWords::of)
                .isEqualTo("One of the wards chosen is not a ward we know");
        assertThat(refusal(() -> editor.defineArea(null, PlaceType.CITY_AREA, prefix + "-C", "Again", null,
                Set.of(middle.id())))).satisfies(refused -> {
                    assertThat(refused.field()).isEqualTo("code");
                    assertThat(RefusalWords.of(refused)).isEqualTo("There is already a city area with the code "
                            + prefix + "-C: Test city area");
                });
        assertThat(refusal(() -> editor.defineArea(null, PlaceType.WARD, prefix + "-W", "A ward", null,
                Set.of(middle.id())))).extracting(GeographyChangeRefused::field).isEqualTo("type");
        assertThat(geography.place(PlaceType.CITY_AREA, prefix + "-X")).isEmpty();
        assertThat(geography.place(PlaceType.CITY_AREA, prefix + "-Y")).isEmpty();
    }

    @Test
    void aReaderMayNotDefineAnArea() {
        assertThatThrownBy(() -> editor.defineArea(users.actor("cambs.analyst"), PlaceType.CITY_AREA, prefix + "-R",
                "Reader's", null, Set.of(west.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
