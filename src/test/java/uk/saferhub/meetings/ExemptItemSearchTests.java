package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.NewAction;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.MembershipDetails;
import uk.saferhub.partnership.MembershipRole;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The search keeps an exempt item's title, minutes, decisions and actions to the body's members, as the meeting's page
 * does; the open items of the same meeting reach every partner who may see the body.
 */
@SaferHubTest
class ExemptItemSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    PartnershipEditor editor;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    MeetingRecorder recorder;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    String secret;
    String open;
    RecordTestData data;
    Body body;

    @BeforeEach
    void setUp() {
        secret = word("zephyr");
        open = word("marigold");
        data = new RecordTestData(editor, scheduler, recorder, directory, jdbc);
        body = data.leedsBody("Exempt search group");
        data.seat(body, "Katie Rowan");
        Meeting meeting = data.pastMeeting(body);
        data.item(meeting, "Open tasking update", false, "The " + open + " estate clean-up went well");
        AgendaItem exempt = data.item(meeting, "Complaint " + secret, true,
                "The resident named in the " + secret + " complaint was warned");
        recorder.recordDecision(null, meeting.id(), exempt.id(), "Refer the " + secret + " case to the ASB panel");
        recorder.recordAction(null, meeting.id(), new NewAction("Serve the " + secret + " warning", null,
                data.organisation("Safer Leeds"), LocalDate.of(2026, 2, 1), exempt.id()));
        recorder.recordDecision(null, meeting.id(), null, "Thank the " + open + " volunteers");
    }

    static String word(String stem) {
        StringBuilder word = new StringBuilder(stem);
        java.util.UUID.randomUUID().toString().chars().filter(Character::isDigit).limit(8)
                .forEach(digit -> word.append((char) ('a' + digit - '0')));
        return word.toString();
    }

    String json(String q, String user) throws Exception {
        return mvc.perform(get("/api/v1/search?q=" + q).with(users.as(user))).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aMemberOfTheBodyFindsTheExemptItemsMinutesDecisionsAndActions() throws Exception {
        String json = json(secret, "krowan");
        assertThat(JsonPath.<List<String>>read(json, "$.groups[*].kind"))
                .containsExactly("minutes", "decisions", "actions");
        assertThat(json).contains("Complaint " + secret, "Decision 1", "Action 1");
        assertThat(JsonPath.<List<String>>read(json, "$.groups[?(@.kind == 'minutes')].hits[*].snippet"))
                .anyMatch(snippet -> snippet.contains("was warned"));
    }

    @Test
    void aPartnerWhoIsNotAMemberFindsNothingOfTheExemptItemButFindsTheOpenOne() throws Exception {
        for (String user : new String[] {"mstenton", "ene.homes", "leeds.admin"}) {
            String json = json(secret, user);
            assertThat(JsonPath.<List<String>>read(json, "$.groups")).as(user).isEmpty();
            String html = mvc.perform(get("/search?q=" + secret).with(users.as(user))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(html).as(user).doesNotContain("Complaint " + secret, "was warned", "ASB panel", "Serve the");
            assertThat(JsonPath.<List<String>>read(json(open, user), "$.groups[*].kind")).as(user)
                    .containsExactly("minutes", "decisions");
        }
        String key = mvc.perform(get("/api/v1/search?q=" + secret).with(apiKeys.of("leeds.admin", Role.READER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(key, "$.groups")).isEmpty();
    }

    @Test
    void aSeatHeldOnTheDayOfTheMeetingOpensItsExemptItemsAfterTheSeatHasEnded() throws Exception {
        assertThat(JsonPath.<List<String>>read(json(secret, "mstenton"), "$.groups")).isEmpty();
        editor.saveMembership(null, body.id(), null, new MembershipDetails(data.person("Martyn Stenton"), null, null,
                MembershipRole.MEMBER, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31)));
        assertThat(JsonPath.<List<String>>read(json(secret, "mstenton"), "$.groups[*].kind"))
                .containsExactly("minutes", "decisions", "actions");
    }

    @Test
    void aSeatThatEndedBeforeTheMeetingDoesNot() throws Exception {
        editor.saveMembership(null, body.id(), null, new MembershipDetails(data.person("Martyn Stenton"), null, null,
                MembershipRole.MEMBER, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(JsonPath.<List<String>>read(json(secret, "mstenton"), "$.groups")).isEmpty();
        assertThat(JsonPath.<List<String>>read(json(open, "mstenton"), "$.groups[*].kind"))
                .containsExactly("minutes", "decisions");
    }

    @Test
    void nobodyOutsideThePartnershipFindsTheMeetingAtAll() throws Exception {
        assertThat(JsonPath.<List<String>>read(json(open, "ewilson"), "$.groups")).isEmpty();
        assertThat(JsonPath.<List<String>>read(json(secret, "ewilson"), "$.groups")).isEmpty();
    }
}
