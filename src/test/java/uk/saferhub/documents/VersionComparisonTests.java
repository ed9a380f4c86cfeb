package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.saferhub.documents.DocumentFixtures.GOVERNANCE_PROTOCOL_REPORT;
import static uk.saferhub.documents.DocumentFixtures.LEEDS_PROTOCOL;
import static uk.saferhub.documents.DocumentFixtures.markup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import uk.saferhub.documents.internal.ChangeKind;
import uk.saferhub.documents.internal.ChangeWords;
import uk.saferhub.documents.internal.ComparedSection;
import uk.saferhub.documents.internal.Comparison;
import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.documents.internal.VersionComparison;

class VersionComparisonTests {

    private static final ChangeWords WORDS = new ChangeWords("added:", "removed:");

    private static final String REPORT = markup(GOVERNANCE_PROTOCOL_REPORT);

    private static Comparison compare(String older, String newer) {
        return VersionComparison.compare(older, newer, WORDS);
    }

    private static Element html(ComparedSection section) {
        return Jsoup.parseBodyFragment(section.html()).body();
    }

    @Test
    void aChangedWordOpensOnlyItsOwnSectionRenderedWithTheWordsMarked() {
        String approved = REPORT.replace("3.2 The draft Governance", "3.2 The agreed Governance");

        Comparison comparison = compare(REPORT, approved);

        assertThat(comparison.identical()).isFalse();
        assertThat(comparison.changed()).isEqualTo(1);
        assertThat(comparison.sections()).extracting(ComparedSection::label, ComparedSection::change)
                .contains(tuple("Section 3: DISCUSSION", ChangeKind.CHANGED),
                        tuple("Section 1: PURPOSE", ChangeKind.UNCHANGED),
                        tuple("Annex A: Governance Protocol", ChangeKind.UNCHANGED));
        assertThat(comparison.sections()).filteredOn(ComparedSection::open).singleElement()
                .extracting(ComparedSection::label).isEqualTo("Section 3: DISCUSSION");
        Element changed = html(comparison.changedSections().getFirst());
        assertThat(changed.select("h2").text()).isEqualTo("3. DISCUSSION");
        assertThat(changed.select("del").eachText()).containsExactly("removed: draft");
        assertThat(changed.select("ins").eachText()).containsExactly("added: agreed");
        assertThat(changed.select("del .govuk-visually-hidden, ins .govuk-visually-hidden").eachText())
                .containsExactly("removed:", "added:");
        Element clause = changed.select("p.app-clause").stream()
                .filter(p -> p.text().contains("Governance Protocol is attached")).findFirst().orElseThrow();
        assertThat(clause.select(".app-clause-number").text()).isEqualTo("3.2");
        assertThat(changed.text()).doesNotContain("# 3", "\u0001", "\u0003");
        assertThat(comparison.sections()).allSatisfy(section -> assertThat(section.html()).doesNotContain(" id="));
    }

    @Test
    void unchangedSectionsAreRenderedAsTheDocumentPageRendersThem() {
        Comparison comparison = compare(REPORT, REPORT.replace("3.2 The draft", "3.2 The agreed"));

        ComparedSection purpose = comparison.sections().stream().filter(s -> s.label().equals("Section 1: PURPOSE"))
                .findFirst().orElseThrow();
        String page = DocumentMarkup.parse(REPORT).html();
        Element rendered = html(purpose);
        assertThat(rendered.select("h2.govuk-heading-l").text()).isEqualTo("1. PURPOSE");
        assertThat(rendered.select("p.app-clause").first().text())
                .isEqualTo(Jsoup.parse(page).select("#clause-1-1").text());
        assertThat(rendered.select("del, ins")).isEmpty();
    }

    @Test
    void anAddedSectionAndARemovedSectionAreWhollyMarked() {
        String older = "# 1. PURPOSE\n\n1.1 To agree the protocol.\n\n# 2. HISTORY\n\n2.1 Considered in 2003.\n";
        String newer = "# 1. PURPOSE\n\n1.1 To agree the protocol.\n\n# 3. DISCUSSION\n\n- Bins\n- Dogs\n";

        Comparison comparison = compare(older, newer);

        assertThat(comparison.sections()).extracting(ComparedSection::label, ComparedSection::change)
                .containsExactly(tuple("Section 1: PURPOSE", ChangeKind.UNCHANGED),
                        tuple("Section 2: HISTORY", ChangeKind.REMOVED),
                        tuple("Section 3: DISCUSSION", ChangeKind.ADDED));
        Element removed = html(comparison.sections().get(1));
        assertThat(removed.select("h2 del").text()).isEqualTo("removed: HISTORY");
        assertThat(removed.select("p del").text()).isEqualTo("removed: Considered in 2003.");
        assertThat(removed.select("p").text()).isEqualTo("2.1 removed: Considered in 2003.");
        assertThat(removed.select("ins")).isEmpty();
        Element added = html(comparison.sections().get(2));
        assertThat(added.select("h2").text()).isEqualTo("3. added: DISCUSSION");
        assertThat(added.select("ul.govuk-list--bullet li ins").eachText())
                .containsExactly("added: Bins", "added: Dogs");
        assertThat(comparison.changedSections()).extracting(ComparedSection::anchor)
                .containsExactly("compared-2", "compared-3");
    }

    @Test
    void identicalVersionsAreIdenticalWhateverTheirLineEndingsAndTrailingSpace() {
        String protocol = markup(LEEDS_PROTOCOL);

        Comparison comparison = compare(protocol, protocol.replace("\n", "  \r\n") + "\r\n\r\n");

        assertThat(comparison.identical()).isTrue();
        assertThat(comparison.sections()).hasSize(7).noneMatch(ComparedSection::open);
        assertThat(comparison.sections().getFirst().label()).isEqualTo("Section 1: BACKGROUND");
        assertThat(compare("", null).identical()).isTrue();
        assertThat(compare("", null).sections()).isEmpty();
    }

    @Test
    void aFirstVersionIsAllAdded() {
        Comparison first = compare(null, REPORT);

        assertThat(first.sections()).isNotEmpty().allMatch(s -> s.change() == ChangeKind.ADDED);
        assertThat(first.sections().getFirst().label()).isEqualTo("Introduction");
    }

    @Test
    void aRenamedHeadingIsOneChangedSection() {
        Comparison comparison = compare("# 1. PURPOSE\n\nOne.\n\n# 2. END\n\nTwo.\n",
                "# 1. AIMS\n\nOne.\n\n# 2. END\n\nTwo.\n");

        assertThat(comparison.sections()).extracting(ComparedSection::label, ComparedSection::change)
                .containsExactly(tuple("Section 1: AIMS", ChangeKind.CHANGED),
                        tuple("Section 2: END", ChangeKind.UNCHANGED));
        Element heading = html(comparison.sections().getFirst()).selectFirst("h2");
        assertThat(heading.select("del").text()).isEqualTo("removed: PURPOSE");
        assertThat(heading.select("ins").text()).isEqualTo("added: AIMS");
    }

    @Test
    void wordsChangedTogetherAreOneRemovalAndOneAddition() {
        Comparison comparison = compare("# 6.0 GOVERNANCE\n\nThe protocol will be periodically updated by them.\n",
                "# 6.0 GOVERNANCE\n\nThe protocol will be reviewed every year by them, and more.\n");

        Element body = html(comparison.changedSections().getFirst());
        assertThat(body.select("del").eachText()).containsExactly("removed: periodically updated");
        assertThat(body.select("ins").eachText()).containsExactly("added: reviewed every year", "added: , and more");
        assertThat(body.select("p").text()).isEqualTo("The protocol will be removed: periodically updated"
                + " added: reviewed every year by themadded: , and more.");
    }

    @Test
    void htmlAndControlCharactersInTheTextCannotForgeMarkupOrMarks() {
        Comparison comparison = compare(
                "# 1. NOTES\n\nCabinet & <b>Panel</b> say <script>alert(1)</script> a \u0001b\u0002 c\n",
                "# 1. NOTES\n\nCabinet & <b>Scrutiny Panel</b> say <script>alert(1)</script> a \u0003b\u0004 d\n");

        String html = comparison.changedSections().getFirst().html();
        assertThat(html).doesNotContain("<script", "<b>", "\u0001", "\u0002", "\u0003", "\u0004")
                .contains("&lt;script&gt;", "&amp;", "\uFFFDb\uFFFD");
        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("ins").eachText()).containsExactly("added: Scrutiny", "added: d");
        assertThat(body.select("del").eachText()).containsExactly("removed: c");
        assertThat(body.select("*").eachAttr("class").stream().distinct())
                .allMatch(c -> c.startsWith("govuk-") || c.startsWith("app-"));
    }
}
