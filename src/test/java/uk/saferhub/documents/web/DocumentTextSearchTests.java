package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.documents.Document;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * Search finds a document by the words of its latest approved text, with a snippet from that text on one line; a
 * draft's words find nothing, even for those who may read the draft, until it is approved.
 */
@SaferHubTest
class DocumentTextSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    WorkflowTestDocuments data;

    @Test
    void theGovernanceProtocolIsFoundByWordsOfItsTextWithASnippetFromIt() throws Exception {
        // words of section 3 of its approved text, in neither its title nor its summary
        String json = search("ewilson", "interim performance data");
        List<String> titles = JsonPath.read(json, "$.groups[0].hits[*].title");
        assertThat(titles).contains("Police Community Support Officers – Governance Protocol");
        List<String> snippets = JsonPath.read(json, "$.groups[0].hits[?(@.title =~ /.*Governance Protocol/)].snippet");
        assertThat(snippets).singleElement().asString().containsIgnoringCase("interim")
                .doesNotContain("\n");
    }

    @Test
    void aDraftsWordsFindItOnlyOnceItIsApproved() throws Exception {
        Document draft = data.leedsDraft("Searchable text protocol");
        // the title is the draft's own; "PCSOs" is only in its text (WorkflowTestDocuments.CONTENT)
        String words = draft.title() + " PCSOs";
        assertThat(titlesFound("mstenton", words)).as("the draft's text is not searched").doesNotContain(draft.title());
        assertThat(titlesFound("mstenton", draft.title())).as("its title is").contains(draft.title());

        Document approved = data.leedsApproved("Searchable approved protocol", HandlingLevel.PARTNERSHIP,
                LocalDate.now(WorkflowTestDocuments.LONDON).minusDays(1));
        assertThat(titlesFound("krowan", approved.title() + " PCSOs")).contains(approved.title());
        assertThat(titlesFound("ewilson", approved.title() + " PCSOs")).as("a reader outside Leeds").isEmpty();
    }

    private List<String> titlesFound(String user, String words) throws Exception {
        return JsonPath.read(search(user, words), "$.groups[*].hits[*].title");
    }

    private String search(String user, String words) throws Exception {
        var response = mvc.perform(get("/api/v1/search").param("q", words).param("kind", "documents")
                .with(users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(words).isEqualTo(200);
        return response.getContentAsString();
    }
}
