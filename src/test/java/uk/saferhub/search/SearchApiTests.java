package uk.saferhub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.SaferHubTest;

/** The search in the API: who may call it, its groups and kind filter, and RFC 9457 answers to bad input. */
@SaferHubTest
class SearchApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    String json(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(apiKeys.of("admin", Role.READER))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    MvcResult refused(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(apiKeys.of("admin", Role.READER))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        return result;
    }

    @Test
    void onlyCallersWithAKeyOrASessionMaySearch() throws Exception {
        AccessMatrix.forApi(mvc, "/api/v1/search?q=protocol").anonymousUnauthorised()
                .allowedFor(apiKeys.of("admin", Role.READER), apiKeys.of("leeds.admin", Role.PANEL_MEMBER));
    }

    @Test
    void theAnswerGroupsTheHitsByKindWithTheirTotals() throws Exception {
        String json = json("/api/v1/search?q=Governance Protocol");
        assertThat(JsonPath.<List<String>>read(json, "$.kinds")).containsExactly("documents", "bodies", "meetings",
                "minutes", "decisions", "actions", "observations", "people", "organisations", "places");
        assertThat(JsonPath.<String>read(json, "$.query")).isEqualTo("Governance Protocol");
        assertThat(JsonPath.<List<String>>read(json, "$.groups[*].kind")).contains("documents", "minutes");
        assertThat(JsonPath.<String>read(json, "$.groups[0].hits[0].title"))
                .isEqualTo("Police Community Support Officers – Governance Protocol");
        assertThat(JsonPath.<String>read(json, "$.groups[0].hits[0].href")).startsWith("/documents/");
        assertThat(JsonPath.<String>read(json, "$.groups[0].label")).isEqualTo("Documents");
        List<String> snippets = JsonPath.read(json, "$.groups[*].hits[*].snippet");
        assertThat(snippets).isNotEmpty().allMatch(snippet -> snippet.chars().noneMatch(Character::isISOControl));
        List<String> minutesDays = JsonPath.read(json, "$.groups[?(@.kind == 'minutes')].hits[*].when");
        assertThat(minutesDays).contains("2004-02-10");
    }

    @Test
    void oneKindComesAPageAtATime() throws Exception {
        String json = json("/api/v1/search?q=protocol&kind=minutes&size=1");
        assertThat(JsonPath.<List<String>>read(json, "$.groups[*].kind")).containsExactly("minutes");
        assertThat(JsonPath.<Integer>read(json, "$.groups[0].size")).isEqualTo(1);
        assertThat(JsonPath.<List<Object>>read(json, "$.groups[0].hits")).hasSize(1);
        assertThat(JsonPath.<Integer>read(json, "$.groups[0].total")).isGreaterThan(1);
        String second = json("/api/v1/search?q=protocol&kind=minutes&size=1&page=2");
        assertThat(JsonPath.<Integer>read(second, "$.groups[0].page")).isEqualTo(2);
        assertThat(JsonPath.<String>read(second, "$.groups[0].hits[0].title"))
                .isNotEqualTo(JsonPath.<String>read(json, "$.groups[0].hits[0].title"));
    }

    @Test
    void badInputIsAProblemNamingTheParameter() throws Exception {
        assertThat(JsonPath.<String>read(refused("/api/v1/search").getResponse().getContentAsString(),
                "$.errors.q")).isEqualTo("Enter words to search for");
        assertThat(JsonPath.<String>read(refused("/api/v1/search?q=  ").getResponse().getContentAsString(),
                "$.field")).isEqualTo("q");
        assertThat(JsonPath.<String>read(refused("/api/v1/search?q=" + "x".repeat(201)).getResponse()
                .getContentAsString(), "$.detail")).isEqualTo("Search words must be 200 characters or fewer");
        assertThat(JsonPath.<String>read(refused("/api/v1/search?q=protocol&kind=secrets").getResponse()
                .getContentAsString(), "$.field")).isEqualTo("kind");
        assertThat(JsonPath.<String>read(refused("/api/v1/search?q=protocol&kind=minutes&size=0").getResponse()
                .getContentAsString(), "$.field")).isEqualTo("size");
    }
}
