package uk.saferhub.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** Seed 000's April training event, with the Scrutiny Panel's members invited, is in the demonstration once. */
@SaferHubTest
class TrainingDemoDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TrainingDemoData demo;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theAprilServiceAgreementTrainingIsThereOnceWithTheScrutinyPanelInvited() throws Exception {
        transaction.executeWithoutResult(status -> demo.load(null));
        assertThat(jdbc.sql("select count(*) from workforce_training_event where title = ?")
                .param(TrainingDemoData.TITLE).query(Long.class).single()).isEqualTo(1);
        String id = jdbc.sql("select id from workforce_training_event where title = ?").param(TrainingDemoData.TITLE)
                .query(String.class).single();
        Document page = Jsoup.parse(mvc.perform(get("/workforce/training/" + id).with(users.as("central.sergeant")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("dl").text()).contains("Responsible dog ownership service agreement", "20 April 2004",
                "Members of the Scrutiny Panel (Finance & Planning)", "Huntingdonshire District Council");
    }
}
