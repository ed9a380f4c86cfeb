package uk.saferhub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * What an error says, on the error page and in problem details, comes from the error.* messages (the unknown API
 * endpoint's answer, from the same messages, is seen in a real server by harness.BadInputTests).
 */
@SaferHubTest
class ErrorWordsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void anUnknownPageSaysPageNotFoundFromTheMessages() throws Exception {
        MvcResult result = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).with(users.as("ewilson"))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.text()).contains("If you typed the web address, check it is correct.");
    }

    @Test
    void anErrorAnsweredToTheApiSaysTheSameWords() throws Exception {
        MvcResult result = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getResponse().getContentAsString())
                .contains("You do not have permission to see this page", "Your role does not allow this.");
    }
}
