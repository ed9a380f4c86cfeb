package uk.saferhub.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import uk.saferhub.geography.internal.Location;
import uk.saferhub.geography.internal.Locator;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.geography.internal.PlacesChanged;
import uk.saferhub.support.SaferHubTest;

/** Locating points in places saved in the database, areas made of wards, and the index following changes. */
@SaferHubTest
class LocatorTests {

    @Autowired
    Locator locator;

    @Autowired
    PlaceStore store;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPointInAWardIsLocatedInItsWardLsoaAndDistrictAndInTheAreasMadeOfThatWard() {
        FixturePlaces fixture = FixturePlaces.at(-40, -120).insert(store);
        Place area = madeOfWards(PlaceType.CITY_AREA, fixture.place("W1"), fixture.place("W2"));
        Place otherArea = madeOfWards(PlaceType.PATROL_AREA, fixture.place("W2"));
        events.publishEvent(new PlacesChanged(7, 0));

        Location location = locator.locate(fixture.lat(0.25), fixture.lng(0.25));

        assertThat(location.containing()).containsExactly(fixture.place("D"), fixture.place("W1"),
                fixture.place("L1"));
        assertThat(location.areas()).containsExactly(area).doesNotContain(otherArea);
        assertThat(location.ward()).contains(fixture.place("W1"));
        assertThat(location.of(PlaceType.CITY_AREA)).contains(area);
        assertThat(location.places()).extracting(Place::type).containsExactly(PlaceType.DISTRICT,
                PlaceType.CITY_AREA, PlaceType.WARD, PlaceType.LSOA);
    }

    @Test
    void aPointOnTheEdgeBetweenTwoWardsIsGivenToTheSameOneByLocateAndByLocateAll() {
        FixturePlaces fixture = FixturePlaces.at(-40, -110).insert(store);
        events.publishEvent(new PlacesChanged(5, 0));

        Location location = locator.locate(fixture.lat(0.5), fixture.lng(1.0));
        UUID[] bulk = locator.locateAll(new double[] {fixture.lat(0.5)}, new double[] {fixture.lng(1.0)},
                PlaceType.WARD);

        assertThat(location.ward()).contains(fixture.place("W1"));
        assertThat(bulk).containsExactly(fixture.place("W1").id());
    }

    @Test
    void aPointOutsideEveryBoundaryIsInNoPlace() {
        Location location = locator.locate(-89.5, 179.5);

        assertThat(location.isEmpty()).isTrue();
        assertThat(location.places()).isEmpty();
    }

    @Test
    void theIndexIsRebuiltWhenPlacesChangedIsPublishedAndNotBefore() {
        FixturePlaces fixture = FixturePlaces.at(-40, -100);
        locator.indexedPlaces();
        fixture.insert(store);

        assertThat(locator.locate(fixture.lat(0.25), fixture.lng(0.25)).isEmpty())
                .as("the index is kept until it is told places changed").isTrue();

        events.publishEvent(new PlacesChanged(5, 0));

        assertThat(locator.locate(fixture.lat(0.25), fixture.lng(0.25)).ward()).contains(fixture.place("W1"));
    }

    @Test
    void aChangePublishedInsideATransactionIsSeenOnceTheTransactionCommits() {
        FixturePlaces fixture = FixturePlaces.at(-40, -90);
        locator.indexedPlaces();

        transactions.executeWithoutResult(status -> {
            fixture.insert(store);
            events.publishEvent(new PlacesChanged(5, 0));
            assertThat(locator.locate(fixture.lat(0.25), fixture.lng(0.25)).isEmpty())
                    .as("not rebuilt before the commit").isTrue();
        });

        assertThat(locator.locate(fixture.lat(0.25), fixture.lng(0.25)).ward()).contains(fixture.place("W1"));
    }

    private Place madeOfWards(PlaceType type, Place... wards) {
        Place area = new Place(UUID.randomUUID(), type, "AREA-" + UUID.randomUUID(), "Area " + UUID.randomUUID(),
                null, null, null, true, false, "Test fixture");
        store.insert(area, null, Instant.now());
        store.replaceWards(area.id(), List.of(wards).stream().map(Place::id).toList());
        return area;
    }
}
