package uk.saferhub.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.partnership.internal.BodyRelations;
import uk.saferhub.partnership.internal.RelationKind;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class StructureChartTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Partnership partnership;

    @Autowired
    BodyRelations bodyRelations;

    @Autowired
    PartnershipEditor editor;

    @Autowired
    uk.saferhub.directory.Directory directory;

    Document chart(String user, String url) throws Exception {
        return Jsoup.parse(AccessMatrix.forPage(mvc, url).as(users.as(user)).getResponse().getContentAsString());
    }

    @Test
    void theStructureChartIsForReadersOfThePartnership() throws Exception {
        AccessMatrix.forPage(mvc, "/partnership/structure")
                .anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"))
                .okFor(users.as("cambs.analyst"), users.as("mstenton"), users.as("ewilson"));
    }

    @Test
    void theChartDrawsEveryBodyAndEveryLineTheReaderMaySeeAndNothingElse() throws Exception {
        var actor = users.actor("cambs.analyst");
        Document page = chart("cambs.analyst", "/partnership/structure");
        var svg = page.selectFirst("svg[role=img]");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("aria-labelledby")).isEqualTo("structure-chart-title structure-chart-desc");
        assertThat(svg.select("title#structure-chart-title")).hasSize(1);
        assertThat(svg.select("desc#structure-chart-desc")).hasSize(1);
        assertThat(svg.select("[style]")).isEmpty();

        Set<String> drawn = svg.select("g.structure-body").eachAttr("data-body").stream().collect(Collectors.toSet());
        Set<String> expected = partnership.bodies(actor).stream().map(body -> body.id().toString())
                .collect(Collectors.toSet());
        assertThat(drawn).isEqualTo(expected);

        Set<String> lines = svg.select("g.structure-line").stream()
                .map(g -> g.attr("data-from") + ">" + g.attr("data-to") + ":" + g.attr("data-kind"))
                .collect(Collectors.toSet());
        Set<String> relations = bodyRelations.visibleTo(actor).stream()
                .map(r -> r.from() + ">" + r.to() + ":" + r.kind()).collect(Collectors.toSet());
        assertThat(lines).isEqualTo(relations).isNotEmpty();
        assertThat(svg.select("g.structure-line[data-kind=REPORTS_TO] line[marker-end]")).isNotEmpty();
        assertThat(svg.select("g.structure-line[data-kind=LINKS_WITH] line[stroke-dasharray]")).isNotEmpty();

        assertThat(svg.text()).contains("Community Safety Board", "Police and Crime Partnership Working Group")
                .doesNotContain("Safer Leeds Executive");
        String list = page.select("h2:contains(as a list) ~ ul").text();
        for (var body : partnership.bodies(actor)) {
            assertThat(list).contains(body.name());
        }
    }

    @Test
    void theTextAlternativeNestsBodiesUnderTheBodyTheyReportTo() throws Exception {
        Document page = chart("mstenton", "/partnership/structure");
        var executive = page.select("li:has(> a:containsOwn(Safer Leeds Executive))").first();
        assertThat(executive).isNotNull();
        assertThat(executive.select("ul li a").eachText()).contains(
                "East North East Divisional Community Safety Partnership", "East North East local tasking group");
    }

    @Test
    void filteringByAreaKeepsTheAreasBodiesAndThoseTheyReportTo() throws Exception {
        Document page = chart("mstenton", "/partnership/structure?area=East North East Leeds");
        var svg = page.selectFirst("svg[role=img]");
        assertThat(svg.text()).contains("East North East local tasking group", "Safer Leeds Executive",
                "East North East Area Committee").doesNotContain("South East local tasking group");
        assertThat(page.select("select#area option[selected]").text()).isEqualTo("East North East Leeds");
    }

    @Test
    void aBodyNameWithMarkupAmpersandsAndQuotesIsDrawnAsTextAndNeverAsElements() throws Exception {
        var data = new PartnershipTestData(partnership, editor, directory, null);
        Body body = data.freshBody("<script>alert(1)</script> & \"Q\" 'A' <5", "Huntingdonshire District Council");
        Body partner = data.freshBody("Partner <b>group</b>", "Huntingdonshire District Council");
        bodyRelations.add(null, body.id(), partner.id(), RelationKind.LINKS_WITH);

        String html = AccessMatrix.forPage(mvc, "/partnership/structure").as(users.as("cambs.analyst")).getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        var svg = page.selectFirst("svg[role=img]");
        assertThat(svg).isNotNull();
        assertThat(page.select("script:containsData(alert), svg b, main b:contains(group)")).isEmpty();
        var drawn = svg.selectFirst("g.structure-body[data-body=\"" + body.id() + "\"]");
        assertThat(drawn).isNotNull();
        assertThat(drawn.children().stream().map(org.jsoup.nodes.Element::tagName).collect(Collectors.toSet()))
                .isSubsetOf(Set.of("title", "rect", "text"));
        assertThat(String.join(" ", drawn.select("text").eachText())).isEqualTo(body.name());
        assertThat(drawn.selectFirst("title").text()).contains(body.name());
        var line = svg.selectFirst("g.structure-line[data-from=\"" + body.id() + "\"][data-to=\"" + partner.id() + "\"]");
        assertThat(line).isNotNull();
        assertThat(line.selectFirst("title").text()).contains(body.name(), partner.name());
        String svgSource = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(svgSource).doesNotContain("<script", "<b>", "\"Q\"", "'A'")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;Q&quot;", "&#39;A&#39;", "&lt;5",
                        "Partner &lt;b&gt;group&lt;/b&gt;")
                .containsPattern("&amp; |&amp;</text>");
        assertThat(page.select("h2:contains(as a list) ~ ul").text()).contains(body.name(), partner.name());
    }
}
