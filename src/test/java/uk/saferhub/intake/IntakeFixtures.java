package uk.saferhub.intake;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.geography.internal.PlacesChanged;
import uk.saferhub.intake.internal.RequestStore;
import uk.saferhub.intake.internal.Service;

/**
 * A small place of a test's own: a district with one square ward of about 1 km, somewhere in the North Atlantic no
 * real boundary reaches, routed like a Leeds ward (environmental services to Leeds City Council Environmental
 * Services, anti-social behaviour to the East North East neighbourhood policing team).
 */
record IntakeFixtures(Place district, Place ward, double south, double west, UUID council, UUID policingTeam) {

    static final double SIDE = 0.01;

    static IntakeFixtures create(PlaceStore places, RequestStore requests, Directory directory,
            ApplicationEventPublisher events) {
        double south = 55 + ThreadLocalRandom.current().nextInt(0, 500) * 0.02;
        double west = -30 + ThreadLocalRandom.current().nextInt(0, 250) * 0.02;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Place district = new Place(UUID.randomUUID(), PlaceType.DISTRICT, "TD-" + suffix, "Test district " + suffix,
                null, null, null, false, true, "Test: intake");
        Place ward = new Place(UUID.randomUUID(), PlaceType.WARD, "TW-" + suffix, "Test ward " + suffix,
                district.id(), null, null, false, true, "Test: intake");
        places.insert(district, square(south - SIDE, west - SIDE, SIDE * 3), Instant.now());
        places.insert(ward, square(south, west, SIDE), Instant.now());
        events.publishEvent(new PlacesChanged(2, 0));
        UUID council = directory.organisationNamed("Leeds City Council Environmental Services").orElseThrow().id();
        UUID team = directory.organisationNamed("East North East Leeds Neighbourhood Policing Team").orElseThrow()
                .id();
        requests.route(district.id(), Service.Responsibility.COUNCIL, council);
        requests.route(ward.id(), Service.Responsibility.NEIGHBOURHOOD_POLICING_TEAM, team);
        return new IntakeFixtures(district, ward, south, west, council, team);
    }

    /** A point inside the ward, the given metres north of its centre. */
    String[] point(double metresNorth) {
        double lat = south + SIDE / 2 + metresNorth / 111_195.0;
        double lng = west + SIDE / 2;
        return new String[] {String.valueOf(lat), String.valueOf(lng)};
    }

    static int count(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from intake_request").query(Integer.class).single();
    }

    private static Polygon square(double south, double west, double side) {
        return PlaceStore.WGS84.createPolygon(new Coordinate[] {new Coordinate(west, south),
                new Coordinate(west + side, south), new Coordinate(west + side, south + side),
                new Coordinate(west, south + side), new Coordinate(west, south)});
    }
}
