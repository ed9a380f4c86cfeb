package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.workforce.internal.Training;
import uk.saferhub.workforce.internal.TrainingRequirementDetails;

/** A PCSO's training record: the events attended and the requirements that apply to them, met or not. */
@SaferHubTest
class TrainingRecordPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    PlaceStore places;

    @Autowired
    Training training;

    @Test
    void theRecordShowsEventsAttendedAndRequirementsMetAndUnmetToThePartnersOfTheForce() throws Exception {
        var data = new TrainingTestData(jdbc, directory, places);
        LocalDate today = LocalDate.now();
        String dogs = TrainingTestData.unique("Responsible dog ownership service agreement");
        String litter = TrainingTestData.unique("Litter service agreement");
        UUID ward = data.ward(TrainingTestData.unique("St Neots East"));
        UUID area = data.area(TrainingTestData.unique("St Neots"), List.of(ward));
        UUID pcso = data.pcso(TrainingTestData.unique("Morgan Record"), TrainingTestData.CENTRAL_DIVISION);
        data.attach(pcso, ward, today.minusMonths(3), null);
        String title = TrainingTestData.unique("Dog ownership training");
        UUID event = data.event(title, dogs, today.minusDays(10), TrainingTestData.HUNTINGDONSHIRE);
        data.attended(event, pcso);
        var ewilson = users.actor("ewilson");
        training.addRequirement(ewilson, new TrainingRequirementDetails(dogs, "Pilot in St Neots", area, null));
        training.addRequirement(ewilson, new TrainingRequirementDetails(litter, "Pilot in St Neots", area, null));

        String url = "/workforce/pcsos/" + pcso + "/training";
        AccessMatrix.forPage(mvc, url).anonymousRedirectsToSignIn()
                .notFoundFor(users.as("mstenton"), users.as("herts.police"))
                .okFor(users.as("ewilson"), users.as("panel.member"), users.as("central.sergeant"));
        AccessMatrix.forPage(mvc, "/workforce/pcsos/" + UUID.randomUUID() + "/training")
                .notFoundFor(users.as("ewilson"));

        Document page = Jsoup.parse(mvc.perform(get(url).with(users.as("ewilson"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("table:has(caption:contains(event attended))").text()).contains(title);
        assertThat(page.select("tr:has(td:containsOwn(" + dogs + "))").text()).contains("Met")
                .doesNotContain("Not met");
        assertThat(page.select("tr:has(td:containsOwn(" + litter + "))").text()).contains("Not met");
        assertThat(page.select("a[href$=/development]")).as("a council partner is not offered the development record")
                .isEmpty();
        Document police = Jsoup.parse(mvc.perform(get(url).with(users.as("central.sergeant"))).andReturn()
                .getResponse().getContentAsString());
        assertThat(police.select("a[href$=/development]")).hasSize(1);
    }
}
