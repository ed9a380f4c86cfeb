package uk.saferhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class ApplicationStartsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemonstrationPartnershipIsLoadedFromTheSeeds() {
        var names = jdbc.sql("select name from organisation").query(String.class).list();
        assertThat(names).contains("Huntingdonshire District Council", "Cambridgeshire Constabulary Central Division",
                "Leeds City Council Environmental Services", "West Yorkshire Police", "Hertfordshire County Council",
                "Office of the Police and Crime Commissioner for Cambridgeshire", "Peterborough City Council");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'admin'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theHomePageGreetsASignedInUserByNameAndOrganisation() throws Exception {
        mvc.perform(get("/").with(users.as("ewilson")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mrs E Wilson")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Huntingdonshire District Council")));
    }
}
