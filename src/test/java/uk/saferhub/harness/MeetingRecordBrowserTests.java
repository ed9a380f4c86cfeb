package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.AgendaItemDetails;
import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.internal.NewAction;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyDetails;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.MembershipDetails;
import uk.saferhub.partnership.MembershipRole;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * The pages recording a meeting, filled in and with their error messages showing, pass axe-core's WCAG 2.2 A and AA
 * rules in headless Chromium and break no Content-Security-Policy rule, for a member coordinator and for a partner
 * who sees exempt items withheld.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingRecordBrowserTests {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    PartnershipEditor editor;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    MeetingRecorder recorder;

    @Autowired
    Directory directory;

    @BeforeAll
    static void startChromium() throws Exception {
        Chromium.assumeInstalled();
        driver = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theMeetingRecordPagesAndTheirErrorStatesHaveNoAccessibilityViolations() {
        Body body = editor.createBody(null, new BodyDetails("Browser tasking group " + UUID.randomUUID(),
                BodyType.TASKING_GROUP, Tier.LOCALITY, "East North East Leeds", false, null, null,
                organisation("Safer Leeds"), HandlingLevel.PARTNERSHIP, List.of()));
        for (String person : List.of("Martyn Stenton", "Katie Rowan")) {
            editor.saveMembership(null, body.id(), null, new MembershipDetails(person(person), null, null,
                    MembershipRole.MEMBER, LocalDate.of(2025, 1, 1), null));
        }
        Meeting meeting = scheduler.schedule(null, body.id(), new NewMeeting(null, "Review of the cycle",
                LocalDateTime.of(2026, 1, 6, 10, 0), LocalDateTime.of(2026, 1, 6, 12, 0), "Civic Hall"));
        AgendaItem open = recorder.saveItem(null, meeting.id(), null, new AgendaItemDetails(null, "Hotspots",
                person("Katie Rowan"), null, false, null, "First point\nSecond point"));
        AgendaItem exempt = recorder.saveItem(null, meeting.id(), null, new AgendaItemDetails(null, "A named case",
                null, "Chair", true, "Schedule 12A paragraph 1", "Private minutes"));
        recorder.addPaper(null, meeting.id(), open.id(), "Hotspot map", "https://example.org/map.pdf");
        recorder.recordAttendance(null, meeting.id(), List.of(
                new Attendance(meeting.id(), person("Martyn Stenton"), AttendanceStatus.PRESENT, null),
                new Attendance(meeting.id(), person("Katie Rowan"), AttendanceStatus.APOLOGIES, null)));
        recorder.recordDecision(null, meeting.id(), open.id(), "The group adopts the hotspot plan");
        MeetingAction action = recorder.recordAction(null, meeting.id(), new NewAction("Patrol the park", null,
                organisation("Safer Leeds"), LocalDate.of(2026, 2, 1), exempt.id()));
        MeetingAction openAction = recorder.recordAction(null, meeting.id(), new NewAction("Light the underpass",
                person("Katie Rowan"), null, LocalDate.of(2026, 2, 1), open.id()));
        String base = "/meetings/" + meeting.id();

        var findings = new ArrayList<String>();
        signIn("mstenton");
        for (String page : List.of(base, base + "/agenda/" + exempt.id() + "/edit", base + "/attendance",
                "/actions", "/actions?status=overdue&body=" + body.id(), "/actions/" + action.id())) {
            findings.addAll(visit(page));
        }
        for (String form : List.of(base + "/agenda/new", base + "/papers/new", base + "/decisions/new",
                base + "/actions/new", "/actions/" + openAction.id())) {
            findings.addAll(visit(form));
            findings.addAll(submitExpectingErrors(form));
        }
        visit(base + "/attendance");
        new Select(driver.findElement(By.id("others0.personId"))).selectByVisibleText("Katie Rowan");
        findings.addAll(submitExpectingErrors(base + "/attendance"));

        driver.manage().deleteAllCookies();
        signIn("ene.homes");
        findings.addAll(visit(base));
        findings.addAll(visit("/actions/" + openAction.id()));

        assertThat(findings).as("accessibility problems on the meeting record pages").isEmpty();
    }

    private List<String> visit(String path) {
        return BrowserPages.visit(driver, port, path);
    }

    private List<String> submitExpectingErrors(String path) {
        return BrowserPages.submitExpectingErrors(driver, path, "main form[method=post] button[type=submit]");
    }

    private void signIn(String username) {
        BrowserPages.signIn(driver, port, username);
    }

    private UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    private UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    private String url(String path) {
        return BrowserPages.url(port, path);
    }
}
