package uk.saferhub.publicsite.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.MapShade;
import uk.saferhub.geography.MapSvg;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.calendar.CalendarEvent;
import uk.saferhub.shared.calendar.CalendarWriter;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.workforce.ContactPoint;
import uk.saferhub.workforce.ContactPointWords;
import uk.saferhub.workforce.ContactPoints;

/**
 * Local contact points for anyone without signing in: where and when each is held, with 101 and online contact
 * beside them, a map with a table of the same, an iCalendar feed of the dates (a date called off is in it as
 * cancelled) and the same as open data. Only what is advertised: no names of the officers who staff them.
 */
@Controller
class PublicContactPointsController {

    static final int WEEKS = 26;

    private final ContactPoints contactPoints;
    private final ContactPointWords schedule;
    private final Geography geography;
    private final PageWords words;

    PublicContactPointsController(ContactPoints contactPoints, ContactPointWords schedule, Geography geography,
            PageWords words) {
        this.contactPoints = contactPoints;
        this.schedule = schedule;
        this.geography = geography;
        this.words = words;
    }

    @PermitAll
    @GetMapping("/public/contact-points")
    String page(Model model) {
        List<ContactPoint> points = contactPoints.all();
        model.addAttribute("points", points);
        model.addAttribute("schedule", schedule);
        model.addAttribute("upcoming", contactPoints.upcoming(8));
        if (!points.isEmpty()) {
            MapSvg map = MapSvg.map("contact-point-map", words.text("publicsite.contact.map.title"))
                    .description(words.text("publicsite.contact.map.description", points.size()));
            for (ContactPoint point : points) {
                for (Place ward : geography.locate(point.latitude(), point.longitude())) {
                    if (ward.type() == PlaceType.WARD) {
                        geography.boundary(ward.id()).ifPresent(boundary -> map.shape(ward.id(), ward.name(),
                                boundary, MapShade.COVERED, null, null));
                    }
                }
                map.marker(point.latitude(), point.longitude(), point.name());
            }
            model.addAttribute("map", map.draw());
        }
        return "publicsite/contact-points";
    }

    @PermitAll
    @GetMapping("/public/contact-points.ics")
    ResponseEntity<String> calendar() {
        LocalDate today = contactPoints.today();
        List<CalendarEvent> events = new ArrayList<>();
        for (ContactPoint point : contactPoints.all()) {
            for (ContactPoint.Occurrence o : point.occurrences(today.minusWeeks(4), today.plusWeeks(WEEKS))) {
                ZonedDateTime start = o.date().atTime(point.starts()).atZone(CalendarEvent.LONDON);
                ZonedDateTime end = o.date().atTime(point.ends()).atZone(CalendarEvent.LONDON);
                events.add(new CalendarEvent(UUID.nameUUIDFromBytes((point.id() + "/" + o.date()).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), o.cancelled() ? 1 : 0, start, end, point.name(),
                        o.cancelled() ? words.text("workforce.contact.cancelledTag", o.cancelledBecause())
                                : point.staffedBy(), point.address(), o.cancelled(), start.toInstant(), null));
            }
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CalendarWriter.MEDIA_TYPE))
                .body(CalendarWriter.write(words.text("publicsite.contact.calendar"), events));
    }

    @PermitAll
    @GetMapping("/public/api/contact-points")
    @ResponseBody
    List<Map<String, Object>> openData() {
        LocalDate today = contactPoints.today();
        List<Map<String, Object>> data = new ArrayList<>();
        for (ContactPoint point : contactPoints.all()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", point.id());
            json.put("name", point.name());
            json.put("address", point.address());
            json.put("latitude", point.latitude());
            json.put("longitude", point.longitude());
            json.put("schedule", schedule.schedule(point));
            json.put("staffedBy", point.staffedBy());
            json.put("dates", point.occurrences(today, today.plusWeeks(8)).stream().map(o -> {
                Map<String, Object> date = new LinkedHashMap<>();
                date.put("date", o.date().toString());
                date.put("starts", point.starts().toString());
                date.put("ends", point.ends().toString());
                date.put("cancelled", o.cancelled());
                if (o.cancelled()) {
                    date.put("reason", o.cancelledBecause());
                }
                return date;
            }).toList());
            data.add(json);
        }
        return data;
    }
}
