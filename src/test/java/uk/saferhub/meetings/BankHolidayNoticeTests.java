package uk.saferhub.meetings;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.internal.BankHolidays;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyDetails;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** A coming meeting on a bank holiday is flagged on the body's schedule, so the coordinator can move it. */
@SaferHubTest
class BankHolidayNoticeTests {

    @Autowired
    MeetingScheduler scheduler;
    @Autowired
    PartnershipEditor editor;
    @Autowired
    Directory directory;
    @Autowired
    DemoUsers users;
    @Autowired
    MockMvc mvc;

    @Test
    void aComingMeetingOnABankHolidayIsFlaggedOnTheSchedule() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map.Entry<LocalDate, String> holiday = BankHolidays.of(today.getYear() + 1).entrySet().iterator().next();
        Body body = editor.createBody(null, new BodyDetails("Holiday test group " + UUID.randomUUID()
                .toString().substring(0, 8), BodyType.TASKING_GROUP, Tier.LOCALITY, "South East", false, null, null,
                directory.organisationNamed("Safer Leeds").orElseThrow().id(), HandlingLevel.PARTNERSHIP, List.of()));
        scheduler.schedule(null, body.id(), new NewMeeting(null, null, holiday.getKey().atTime(10, 0), null, null));

        mvc.perform(get("/partnership/bodies/" + body.id() + "/meetings").with(users.as("mstenton")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Falls on a bank holiday (" + holiday.getValue())));
    }
}
