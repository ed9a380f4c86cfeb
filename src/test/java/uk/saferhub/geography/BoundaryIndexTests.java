package uk.saferhub.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import uk.saferhub.geography.internal.BoundaryIndex;

/** The spatial index on the fixture polygons, without the application. */
class BoundaryIndexTests {

    private final FixturePlaces fixture = FixturePlaces.at(10, 20);
    private final BoundaryIndex index = BoundaryIndex.of(fixture.all());

    @Test
    void aPointInsideAWardFindsTheWardItsLsoaAndItsDistrictInTypeOrder() {
        List<Place> found = index.locate(fixture.lat(0.25), fixture.lng(0.25));

        assertThat(found).containsExactly(fixture.place("D"), fixture.place("W1"), fixture.place("L1"));
    }

    @Test
    void aPointOutsideEveryBoundaryFindsNothing() {
        assertThat(index.locate(fixture.lat(1.5), fixture.lng(0.5))).isEmpty();
        assertThat(index.locate(fixture.lat(0.5), fixture.lng(-0.01))).isEmpty();
    }

    @Test
    void aPointOnTheEdgeTwoWardsShareGoesToTheWardWithTheLowerCodeEveryTime() {
        double lat = fixture.lat(0.5);
        double lng = fixture.lng(1.0);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(index.locate(lat, lng)).filteredOn(place -> place.type() == PlaceType.WARD)
                    .containsExactly(fixture.place("W1"));
        }
        BoundaryIndex builtInAnotherOrder = BoundaryIndex.of(reversed(fixture.all()));
        assertThat(builtInAnotherOrder.locateAll(new double[] {lat}, new double[] {lng}, PlaceType.WARD))
                .containsExactly(fixture.place("W1").id());
    }

    @Test
    void aPointInTheHoleOfAWardGoesToTheIslandWardInsideTheHoleNotToTheWardAroundIt() {
        assertThat(index.locate(fixture.lat(0.5), fixture.lng(1.5)))
                .filteredOn(place -> place.type() == PlaceType.WARD).containsExactly(fixture.place("W3"));
    }

    @Test
    void locateAllGivesEachPointItsPlaceOfTheTypeAskedForAndNullOutsideOrWithoutCoordinates() {
        double[] lats = {fixture.lat(0.5), fixture.lat(0.5), fixture.lat(0.5), fixture.lat(5), Double.NaN};
        double[] lngs = {fixture.lng(0.5), fixture.lng(1.8), fixture.lng(1.5), fixture.lng(0.5), fixture.lng(0.5)};

        UUID[] wards = index.locateAll(lats, lngs, PlaceType.WARD);

        assertThat(wards).containsExactly(fixture.place("W1").id(), fixture.place("W2").id(),
                fixture.place("W3").id(), null, null);
        assertThat(index.locateAll(lats, lngs, PlaceType.DISTRICT)).containsExactly(fixture.place("D").id(),
                fixture.place("D").id(), fixture.place("D").id(), null, null);
        assertThat(index.locateAll(lats, lngs, PlaceType.TRIAL_AREA)).containsOnlyNulls();
    }

    @Test
    void locateAllRefusesArraysOfDifferentLengths() {
        assertThatThrownBy(() -> index.locateAll(new double[2], new double[3], PlaceType.WARD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlappingPlacesOfOneTypeAreAllFoundWhenTheirInteriorsHoldThePoint() {
        Map<Place, Geometry> overlapping = new LinkedHashMap<>(fixture.all());
        Place older = new Place(UUID.randomUUID(), PlaceType.WARD, "A-older", "Older ward", null, null, null, false,
                true, null);
        overlapping.put(older, fixture.boundary("D"));
        BoundaryIndex withOverlap = BoundaryIndex.of(overlapping);

        assertThat(withOverlap.locate(fixture.lat(0.5), fixture.lng(0.5)))
                .filteredOn(place -> place.type() == PlaceType.WARD).containsExactly(older, fixture.place("W1"));
        assertThat(withOverlap.locateAll(new double[] {fixture.lat(0.5)}, new double[] {fixture.lng(0.5)},
                PlaceType.WARD)).containsExactly(older.id());
    }

    private static Map<Place, Geometry> reversed(Map<Place, Geometry> places) {
        Map<Place, Geometry> reversed = new LinkedHashMap<>();
        places.entrySet().stream().toList().reversed().forEach(entry -> reversed.put(entry.getKey(),
                entry.getValue()));
        return reversed;
    }
}
