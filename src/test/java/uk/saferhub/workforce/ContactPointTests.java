package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.workforce.internal.WorkforceChangeRefused;

/**
 * Local contact points: their dates every week, every other week and on the nth weekday of the month; added by police
 * contributors only and never to start in the past; a date called off shows as cancelled in the public calendar and
 * open data; the public pages and the signed-in pages for each kind of caller.
 */
@SaferHubTest
class ContactPointTests {

    @Autowired
    ContactPoints contactPoints;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers users;

    private static ContactPoint point(ContactPoint.Frequency frequency, DayOfWeek day, Integer week, LocalDate first) {
        return new ContactPoint(UUID.randomUUID(), "Test point", "Somewhere", 52.2, -0.27, UUID.randomUUID(),
                frequency, day, week, LocalTime.of(10, 0), LocalTime.of(12, 0), first, null, "PCSOs", Set.of(),
                Map.of(LocalDate.of(2026, 12, 19), "Christmas market"));
    }

    @Test
    void theDatesFollowTheSchedule() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertThat(point(ContactPoint.Frequency.WEEKLY, DayOfWeek.SATURDAY, null, saturday)
                .occurrences(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 31)))
                .extracting(ContactPoint.Occurrence::date).containsExactly(LocalDate.of(2026, 12, 12),
                        LocalDate.of(2026, 12, 19), LocalDate.of(2026, 12, 26));
        var fortnightly = point(ContactPoint.Frequency.FORTNIGHTLY, DayOfWeek.SATURDAY, null, saturday)
                .occurrences(LocalDate.of(2026, 12, 6), LocalDate.of(2027, 1, 10));
        assertThat(fortnightly).extracting(ContactPoint.Occurrence::date).containsExactly(LocalDate.of(2026, 12, 19),
                LocalDate.of(2027, 1, 2));
        assertThat(fortnightly.getFirst().cancelledBecause()).isEqualTo("Christmas market");
        assertThat(point(ContactPoint.Frequency.MONTHLY, DayOfWeek.WEDNESDAY, 1, saturday)
                .occurrences(saturday, LocalDate.of(2027, 3, 31))).extracting(ContactPoint.Occurrence::date)
                .containsExactly(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 2, 3), LocalDate.of(2027, 3, 3));
    }

    @Test
    void policeContributorsAddThemAndCallOffADateThatThePublicSeesCancelled() throws Exception {
        LocalDate first = contactPoints.today().with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        String name = "Test contact point " + UUID.randomUUID().toString().substring(0, 8);
        ContactPointDetails details = new ContactPointDetails(name, "Library, St Neots", 52.2290, -0.2690, null,
                ContactPoint.Frequency.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(14, 0), LocalTime.of(15, 30),
                first, null, "PCSOs of the St Neots Neighbourhood Policing Team", null);
        assertThatThrownBy(() -> contactPoints.add(users.actor("ewilson"), details))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contactPoints.add(users.actor("central.sergeant"), new ContactPointDetails(name,
                "Library", 52.2, -0.27, null, ContactPoint.Frequency.WEEKLY, DayOfWeek.TUESDAY, null,
                LocalTime.of(14, 0), LocalTime.of(15, 0), contactPoints.today().minusDays(1), null, "PCSOs", null)))
                .isInstanceOf(WorkforceChangeRefused.class)
                .satisfies(e -> assertThat(((WorkforceChangeRefused) e).key())
                        .isEqualTo("workforce.contact.firstDate.past"));
        ContactPoint added = contactPoints.add(users.actor("central.sergeant"), details);
        assertThat(added.owningOrganisationId()).isEqualTo(users.actor("central.sergeant").organisationId());
        assertThatThrownBy(() -> contactPoints.cancel(users.actor("central.sergeant"), added.id(),
                first.plusDays(1), "Not a Tuesday")).isInstanceOf(WorkforceChangeRefused.class);
        assertThatThrownBy(() -> contactPoints.cancel(users.actor("ene.inspector"), added.id(), first.plusWeeks(1),
                "Another force")).isInstanceOf(AccessDeniedException.class);
        var refused = mvc.perform(post("/workforce/contact-points/" + added.id() + "/cancel")
                .with(users.as("central.sergeant")).with(csrf()).param("reason", "")).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("govuk-error-summary",
                "Enter the date to call off");
        contactPoints.cancel(users.actor("central.sergeant"), added.id(), first.plusWeeks(1), "Library closed");

        String feed = mvc.perform(get("/public/contact-points.ics")).andReturn().getResponse().getContentAsString();
        assertThat(feed).contains("BEGIN:VCALENDAR", "SUMMARY:" + name, "STATUS:CANCELLED", "Library closed");
        String json = mvc.perform(get("/public/api/contact-points")).andReturn().getResponse().getContentAsString();
        assertThat(json).contains(name, "\"cancelled\":true", "Library closed");
        String page = mvc.perform(get("/public/contact-points")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(name, "Every Tuesday, 14:00 to 15:30", "Call 101", "contact-point-map");
    }

    @Test
    void whoMayDoWhat() {
        AccessMatrix.forPage(mvc, "/workforce/contact-points").anonymousRedirectsToSignIn()
                .okFor(users.as("ewilson"), users.as("panel.member"), users.as("central.sergeant"));
        AccessMatrix.forPage(mvc, "/workforce/contact-points/new").anonymousRedirectsToSignIn()
                .okFor(users.as("central.sergeant"), users.as("ene.inspector"))
                .forbiddenFor(users.as("ewilson"), users.as("cambs.analyst"), users.as("mstenton"));
        ContactPoint demo = contactPoints.all().getFirst();
        AccessMatrix.forPage(mvc, () -> post("/workforce/contact-points/" + demo.id() + "/cancel").with(csrf())
                .param("date.day", "1").param("date.month", "1").param("date.year", "2099").param("reason", "x"))
                .forbiddenFor(users.as("ewilson"), users.as("cambs.analyst"), users.as("harpenden.clerk"));
    }
}
