package uk.saferhub.workforce.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import org.locationtech.jts.geom.Point;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.demo.DemoDataContributor;
import uk.saferhub.workforce.ContactPoint;
import uk.saferhub.workforce.ContactPointDetails;
import uk.saferhub.workforce.ContactPoints;

/** The demonstration's contact points ({@code demo/contact-points.json}), each at a point inside its ward. */
@Component
class ContactPointDemoData implements DemoDataContributor {

    private final ContactPoints contactPoints;
    private final Geography geography;
    private final Directory directory;
    private final JsonMapper json;

    ContactPointDemoData(ContactPoints contactPoints, Geography geography, Directory directory, JsonMapper json) {
        this.contactPoints = contactPoints;
        this.geography = geography;
        this.directory = directory;
        this.json = json;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public void load(JsonNode partnership) {
        if (!contactPoints.all().isEmpty()) {
            return;
        }
        JsonNode demo;
        try (InputStream in = new ClassPathResource("demo/contact-points.json").getInputStream()) {
            demo = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode node : demo.get("contactPoints")) {
            Place ward = geography.places(PlaceType.WARD).stream()
                    .filter(place -> place.name().equals(node.get("ward").asString())).findFirst().orElse(null);
            if (ward == null) {
                continue;
            }
            Point inside = geography.boundary(ward.id()).map(boundary -> boundary.getInteriorPoint()).orElse(null);
            if (inside == null) {
                continue;
            }
            DayOfWeek day = DayOfWeek.valueOf(node.get("day").asString());
            contactPoints.add(null, new ContactPointDetails(node.get("name").asString(),
                    node.get("address").asString(), inside.getY(), inside.getX(),
                    directory.organisationNamed(node.get("organisation").asString()).orElseThrow().id(),
                    ContactPoint.Frequency.valueOf(node.get("frequency").asString()), day,
                    node.has("weekOfMonth") ? node.get("weekOfMonth").asInt() : null,
                    LocalTime.parse(node.get("starts").asString()), LocalTime.parse(node.get("ends").asString()),
                    contactPoints.today().with(TemporalAdjusters.nextOrSame(day)).minusWeeks(2), null,
                    node.get("staffedBy").asString(), Set.of()));
        }
    }
}
