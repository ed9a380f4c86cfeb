package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.saferhub.documents.DocumentFixtures.GOVERNANCE_PROTOCOL_REPORT;
import static uk.saferhub.documents.DocumentFixtures.LEEDS_PROTOCOL;
import static uk.saferhub.documents.DocumentFixtures.markup;

import org.junit.jupiter.api.Test;

import uk.saferhub.documents.internal.ChangeKind;
import uk.saferhub.documents.internal.ComparedLine;
import uk.saferhub.documents.internal.Comparison;
import uk.saferhub.documents.internal.VersionComparison;

class VersionComparisonTests {

    private static final String DRAFT = """
            # 3. DISCUSSION

            3.2 The draft Governance Protocol is attached at Annex A and the Scrutiny Panel comment on it.

            3.3 It is proposed that the Service Agreement for responsible dog ownership is piloted in St Neots.
            """;

    @Test
    void aChangedClauseMarksOnlyTheChangedWords() {
        String approved = DRAFT.replace("3.2 The draft Governance", "3.2 The agreed Governance");

        Comparison comparison = VersionComparison.compare(DRAFT, approved);

        assertThat(comparison).extracting(Comparison::added, Comparison::removed, Comparison::changed)
                .containsExactly(0, 0, 1);
        assertThat(comparison.identical()).isFalse();
        assertThat(comparison.rows()).filteredOn(row -> row.kind() == ChangeKind.CHANGED).singleElement()
                .satisfies(row -> {
                    assertThat(row.oldLine()).isEqualTo(3);
                    assertThat(row.newLine()).isEqualTo(3);
                    assertThat(row.oldHtml()).isEqualTo("3.2 The <del class=\"app-diff-del\">draft</del> Governance"
                            + " Protocol is attached at Annex A and the Scrutiny Panel comment on it.");
                    assertThat(row.newHtml()).isEqualTo("3.2 The <ins class=\"app-diff-ins\">agreed</ins> Governance"
                            + " Protocol is attached at Annex A and the Scrutiny Panel comment on it.");
                });
        assertThat(comparison.rows()).extracting(ComparedLine::kind).containsExactly(ChangeKind.UNCHANGED,
                ChangeKind.UNCHANGED, ChangeKind.CHANGED, ChangeKind.UNCHANGED, ChangeKind.UNCHANGED);
    }

    @Test
    void anAddedClauseIsAnAddedLineWithNothingBesideIt() {
        String revised = DRAFT + "\n3.4 As experience is gained, additional Service Agreements will be developed.\n";

        Comparison comparison = VersionComparison.compare(DRAFT, revised);

        assertThat(comparison).extracting(Comparison::added, Comparison::removed, Comparison::changed)
                .containsExactly(2, 0, 0);
        assertThat(comparison.rows()).filteredOn(row -> row.kind() == ChangeKind.ADDED)
                .extracting(ComparedLine::oldLine, ComparedLine::newLine, ComparedLine::oldHtml, ComparedLine::newHtml)
                .containsExactly(tuple(null, 6, "", ""), tuple(null, 7, "", "3.4 As experience is gained,"
                        + " additional Service Agreements will be developed."));
    }

    @Test
    void aRemovedClauseIsARemovedLineAndTheLinesAfterItKeepTheirNumbersOnEachSide() {
        String revised = """
                # 3. DISCUSSION

                3.3 It is proposed that the Service Agreement for responsible dog ownership is piloted in St Neots.
                """;

        Comparison comparison = VersionComparison.compare(DRAFT, revised);

        assertThat(comparison).extracting(Comparison::added, Comparison::removed, Comparison::changed)
                .containsExactly(0, 2, 0);
        assertThat(comparison.rows()).extracting(ComparedLine::kind, ComparedLine::oldLine, ComparedLine::newLine)
                .containsExactly(tuple(ChangeKind.UNCHANGED, 1, 1), tuple(ChangeKind.UNCHANGED, 2, 2),
                        tuple(ChangeKind.REMOVED, 3, null), tuple(ChangeKind.REMOVED, 4, null),
                        tuple(ChangeKind.UNCHANGED, 5, 3));
        assertThat(comparison.rows().get(2).oldHtml()).startsWith("3.2 The draft Governance Protocol");
        assertThat(comparison.rows().get(2).newHtml()).isEmpty();
    }

    @Test
    void aRewrittenBlockPairsItsLinesAndShowsTheRestAsAddedOrRemoved() {
        Comparison comparison = VersionComparison.compare("# 1. PURPOSE\n\nOne.\n\n# 2. END\n",
                "# 1. PURPOSE\n\nOne two.\nThree.\n\n# 2. END\n");

        assertThat(comparison.rows()).extracting(ComparedLine::kind, ComparedLine::oldLine, ComparedLine::newLine)
                .containsExactly(tuple(ChangeKind.UNCHANGED, 1, 1), tuple(ChangeKind.UNCHANGED, 2, 2),
                        tuple(ChangeKind.CHANGED, 3, 3), tuple(ChangeKind.ADDED, null, 4),
                        tuple(ChangeKind.UNCHANGED, 4, 5), tuple(ChangeKind.UNCHANGED, 5, 6));
        assertThat(comparison.rows().get(2).newHtml()).isEqualTo("One<ins class=\"app-diff-ins\"> two</ins>.");
    }

    @Test
    void identicalTextsHaveOnlyUnchangedRows() {
        String protocol = markup(LEEDS_PROTOCOL);

        Comparison comparison = VersionComparison.compare(protocol, protocol.replace("\n", "\r\n"));

        assertThat(comparison.identical()).isTrue();
        assertThat(comparison.rows()).hasSize((int) protocol.lines().count())
                .allSatisfy(row -> assertThat(row.kind()).isEqualTo(ChangeKind.UNCHANGED));
        assertThat(comparison.rows().getFirst()).extracting(ComparedLine::oldLine, ComparedLine::newLine,
                ComparedLine::oldHtml, ComparedLine::newHtml).containsExactly(1, 1, "# 1. BACKGROUND",
                        "# 1. BACKGROUND");
    }

    @Test
    void aFirstVersionIsAllAddedAndNothingComparedWithNothingIsIdentical() {
        Comparison first = VersionComparison.compare(null, markup(GOVERNANCE_PROTOCOL_REPORT));

        assertThat(first.removed()).isZero();
        assertThat(first.changed()).isZero();
        assertThat(first.added()).isEqualTo(first.rows().size()).isPositive();
        assertThat(VersionComparison.compare("", null).identical()).isTrue();
        assertThat(VersionComparison.compare("", null).rows()).isEmpty();
    }

    @Test
    void htmlInTheSourceTextIsEscapedOnBothSides() {
        Comparison comparison = VersionComparison.compare(
                "Cabinet & <b>Panel</b> say \"yes\" 'now'\nSame <script>alert(1)</script>\n<i>gone</i>\n",
                "Cabinet & <b>Scrutiny Panel</b> say \"yes\" 'now'\nSame <script>alert(1)</script>\n<img src=x>\n");

        assertThat(comparison.rows()).extracting(ComparedLine::kind).containsExactly(ChangeKind.CHANGED,
                ChangeKind.UNCHANGED, ChangeKind.CHANGED);
        ComparedLine changed = comparison.rows().getFirst();
        assertThat(changed.oldHtml()).isEqualTo("Cabinet &amp; &lt;b&gt;Panel&lt;/b&gt; say &quot;yes&quot;"
                + " &#39;now&#39;");
        assertThat(changed.newHtml()).isEqualTo("Cabinet &amp; &lt;b&gt;<ins class=\"app-diff-ins\">Scrutiny </ins>"
                + "Panel&lt;/b&gt; say &quot;yes&quot; &#39;now&#39;");
        assertThat(comparison.rows().get(1).newHtml()).isEqualTo("Same &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(comparison.rows()).allSatisfy(row -> {
            assertThat(row.oldHtml() + row.newHtml()).doesNotContain("<script", "<b>", "<i>", "<img");
            assertThat((row.oldHtml() + row.newHtml()).replaceAll("</?(del|ins)( class=\"app-diff-(del|ins)\")?>", ""))
                    .doesNotContain("<", ">");
        });
    }

    @Test
    void controlCharactersInTheTextCannotForgeChangeMarks() {
        Comparison comparison = VersionComparison.compare("a \u0001b\u0002 c\n", "a \u0003b\u0004 d\n");

        assertThat(comparison.rows()).singleElement().satisfies(row -> {
            assertThat(row.oldHtml()).isEqualTo("a \uFFFDb\uFFFD <del class=\"app-diff-del\">c</del>");
            assertThat(row.newHtml()).isEqualTo("a \uFFFDb\uFFFD <ins class=\"app-diff-ins\">d</ins>");
        });
    }
}
