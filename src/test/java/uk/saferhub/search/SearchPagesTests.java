package uk.saferhub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** The search page over the demonstration partnership: what each kind finds, grouping, the kind filter, bad input. */
@SaferHubTest
class SearchPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    /** A word no demonstration record holds, letters only, so each run's places are its own. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("quill");
        UUID.randomUUID().toString().chars().filter(Character::isDigit).limit(8)
                .forEach(digit -> word.append((char) ('a' + digit - '0')));
        return word.toString();
    }

    /** A place as an import would leave it (the test database loads no boundary files). */
    void place(String type, String name) {
        jdbc.sql("insert into place (id, type, code, name, created_at, updated_at) values (?, ?, ?, ?, now(), now())")
                .params(UUID.randomUUID(), type, "T" + UUID.randomUUID().toString().substring(0, 12), name).update();
    }

    Document page(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url + " as " + user).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** The titles of the hits in the group of a kind, as the page lists them. */
    static List<String> titles(Document page, String kind) {
        Element heading = page.getElementById("kind-" + kind);
        if (heading == null) {
            return List.of();
        }
        return heading.nextElementSiblings().stream().filter(e -> e.tagName().equals("ul")).findFirst()
                .map(list -> list.select("li > a").eachText()).orElse(List.of());
    }

    @Test
    void onlySignedInUsersMaySearch() throws Exception {
        AccessMatrix.forPage(mvc, "/search?q=protocol").anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"), users.as("ene.homes"), users.as("ewilson"));
    }

    @Test
    void theEmptyPageOffersTheFormAndTheNavigationAndHomePageLeadToIt() throws Exception {
        Document page = page("/search", "ewilson");
        assertThat(page.select("form[action=/search] input[name=q]")).hasSize(1);
        assertThat(page.select("form[action=/search] select[name=kind] option").eachAttr("value"))
                .contains("", "documents", "bodies", "meetings", "minutes", "decisions", "actions", "people",
                        "organisations", "places");
        assertThat(page.select(".govuk-error-summary")).isEmpty();
        assertThat(page.select(".govuk-service-navigation__link").eachAttr("href")).contains("/search");
        assertThat(page("/", "ewilson").select("form[action=/search] input[name=q]")).hasSize(1);
    }

    @Test
    void eachKindIsFoundByWordsOfTheDemonstrationRecords() throws Exception {
        assertThat(titles(page("/search?q=Governance Protocol", "ewilson"), "documents"))
                .first().isEqualTo("Police Community Support Officers – Governance Protocol");
        assertThat(titles(page("/search?q=Scrutiny Panel", "ewilson"), "bodies"))
                .contains("Scrutiny Panel (Finance & Planning)");
        assertThat(titles(page("/search?q=Scrutiny Panel", "ewilson"), "meetings")).isNotEmpty();
        assertThat(titles(page("/search?q=\"responsible dog ownership\"", "ewilson"), "minutes"))
                .anyMatch(title -> title.startsWith("Service Agreement for responsible dog ownership"));
        assertThat(titles(page("/search?q=Martyn Stenton", "mstenton"), "people")).contains("Martyn Stenton");
        place("TRIAL_AREA", "St Neots");
        assertThat(titles(page("/search?q=St Neots", "ewilson"), "places")).contains("St Neots");
        assertThat(titles(page("/search?q=Huntingdonshire", "ewilson"), "organisations"))
                .contains("Huntingdonshire District Council");
    }

    @Test
    void wordsAreStemmedSoPatrolFindsTheMinutesAboutPatrols() throws Exception {
        Document page = page("/search?q=patrol&kind=minutes", "mstenton");
        assertThat(titles(page, "minutes"))
                .anyMatch(title -> title.startsWith("PCSO support: environmental concerns"));
        assertThat(page.select("#kind-minutes ~ ul mark").eachText()).contains("patrols");
    }

    @Test
    void resultsAreGroupedByKindWithCountsAndALinkToEveryHitOfAKind() throws Exception {
        Document page = page("/search?q=protocol", "ewilson");
        assertThat(page.select("h2[id^=kind-]").eachAttr("id")).contains("kind-documents", "kind-minutes");
        Element documents = page.getElementById("kind-documents");
        assertThat(documents.text()).matches("Documents \\(\\d+\\)");
        assertThat(titles(page, "documents")).hasSizeLessThanOrEqualTo(Search.PER_KIND);
        assertThat(page.select("a[href*=kind=]").eachAttr("href"))
                .allMatch(href -> href.startsWith("/search?q=protocol&kind="));

        Document minutes = page("/search?q=protocol&kind=minutes", "ewilson");
        assertThat(minutes.select("h2[id^=kind-]").eachAttr("id")).containsExactly("kind-minutes");
        assertThat(minutes.select("select[name=kind] option[selected]").attr("value")).isEqualTo("minutes");
        assertThat(minutes.select("a[href=/search?q=protocol]").text()).isEqualTo("Show every kind of record");
    }

    @Test
    void manyHitsOfOneKindArePaged() throws Exception {
        String word = uniqueWord();
        for (int n = 1; n <= Search.PAGE_SIZE + 5; n++) {
            place("WARD", word + " Ward " + n);
        }
        Document first = page("/search?q=" + word + "&kind=places", "ewilson");
        int total = Integer.parseInt(first.getElementById("kind-places").text().replaceAll("\\D", ""));
        assertThat(total).isEqualTo(Search.PAGE_SIZE + 5);
        assertThat(titles(first, "places")).hasSize(Search.PAGE_SIZE);
        assertThat(first.select("nav.govuk-pagination a[rel=next]").attr("href"))
                .isEqualTo("/search?q=" + word + "&kind=places&page=2");
        Document second = page("/search?q=" + word + "&kind=places&page=2", "ewilson");
        assertThat(titles(second, "places")).isNotEmpty().doesNotContainAnyElementsOf(titles(first, "places"));
        assertThat(titles(second, "places")).hasSize(5);
        assertThat(titles(page("/search?q=" + word + "&kind=places&page=999", "ewilson"), "places")).hasSize(5);
    }

    @Test
    void wordsLeftOutTooManyOrAnUnknownKindShowTheErrorSummary() throws Exception {
        Document blank = page("/search?q= ", "ewilson");
        assertThat(blank.select(".govuk-error-summary a[href=#q]").text()).isEqualTo("Enter words to search for");
        assertThat(blank.title()).startsWith("Error:");
        assertThat(blank.select("#q-error").text()).contains("Enter words to search for");
        assertThat(blank.select("h2[id^=kind-]")).isEmpty();

        Document tooLong = page("/search?q=" + "a".repeat(201), "ewilson");
        assertThat(tooLong.select(".govuk-error-summary a[href=#q]").text())
                .isEqualTo("Search words must be 200 characters or fewer");

        Document unknownKind = page("/search?q=protocol&kind=secrets", "ewilson");
        assertThat(unknownKind.select(".govuk-error-summary a[href=#kind]").text())
                .isEqualTo("Choose a kind of record from the list");
    }

    @Test
    void wordsThatMatchNothingSaySo() throws Exception {
        Document page = page("/search?q=xylophonequartz", "ewilson");
        assertThat(page.select("h2.govuk-heading-m").text()).contains("No results for ‘xylophonequartz’");
    }
}
