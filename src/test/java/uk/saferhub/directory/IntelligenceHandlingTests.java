package uk.saferhub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** A POLICE_ONLY record, end to end: pages, CSV and API show it to police partners and to nobody else. */
@SaferHubTest
class IntelligenceHandlingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiKeys keys;

    @Autowired
    JdbcClient jdbc;

    String name;
    UUID source;

    @BeforeEach
    void aPoliceOnlyContactInTheCentralDivision() {
        name = DirectoryTestData.unique("Covert human intelligence source handler");
        UUID division = new DirectoryTestData(jdbc, directory, users)
                .organisationId("Cambridgeshire Constabulary Central Division");
        source = directory.createPerson(new PersonDetails(division, name, "Source handler", null, null,
                HandlingLevel.POLICE_ONLY, List.of())).id();
    }

    @Test
    void aPoliceOfficerOfTheSamePartnershipSeesItAndTheViewIsAudited() throws Exception {
        mvc.perform(get("/directory/people/" + source).with(users.as("cambs.analyst"))).andExpect(status().isOk());
        assertThat(page("/directory/people?q=" + name.split(" ")[0], "cambs.analyst")).contains(name);
        assertThat(auditEvents("VIEW")).isPositive();
    }

    @Test
    void aCouncilOfficerOfTheSamePartnershipNeverSeesItAnywhere() throws Exception {
        mvc.perform(get("/directory/people/" + source).with(users.as("ewilson"))).andExpect(status().isNotFound());
        assertThat(page("/directory/people?q=" + name.split(" ")[0], "ewilson")).doesNotContain(name);
        assertThat(page("/directory/people.csv", "ewilson")).doesNotContain(name);
        assertThat(mvc.perform(get("/api/v1/people").param("q", name).param("size", "100")
                        .with(keys.of("admin", Role.READER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain(name);
        assertThat(auditEvents("ACCESS_REFUSED")).isPositive();
    }

    @Test
    void anotherForcesOfficerDoesNotSeeIt() throws Exception {
        mvc.perform(get("/directory/people/" + source).with(users.as("herts.police")))
                .andExpect(status().isNotFound());
        assertThat(page("/directory/people.csv", "herts.police")).doesNotContain(name);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long auditEvents(String action) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_type = 'person' and record_id = ?")
                .params(action, source.toString()).query(Long.class).single();
    }
}
