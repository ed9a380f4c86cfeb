package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.saferhub.documents.DocumentFixtures.LEEDS_PROTOCOL;
import static uk.saferhub.documents.DocumentFixtures.markup;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.documents.internal.MarkupProblem;
import uk.saferhub.documents.internal.ParsedContent;
import uk.saferhub.documents.internal.Section;
import uk.saferhub.support.RefusalWords;

class DocumentMarkupRefusalTests {

    private static List<String> keys(ParsedContent content) {
        return content.sections().stream().map(Section::key).toList();
    }

    /** A problem's words, as the draft form and a refusal show them. */
    private static String words(MarkupProblem problem) {
        return RefusalWords.of(problem);
    }

    /** Each problem's line and words. */
    private static List<Tuple> worded(List<MarkupProblem> problems) {
        return problems.stream().map(problem -> tuple(problem.line(), words(problem))).toList();
    }

    @Test
    void emptyContentIsRefused() {
        for (String empty : new String[] {null, "", "  \n\n "}) {
            ParsedContent content = DocumentMarkup.parse(empty);

            assertThat(content.valid()).isFalse();
            assertThat(content.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(1);
                assertThat(words(problem)).startsWith("The content is empty");
            });
            assertThat(content.sections()).isEmpty();
            assertThat(content.html()).isEmpty();
        }
    }

    @Test
    void contentOverTwoHundredThousandCharactersIsRefusedAndTheLimitItselfIsAccepted() {
        String heading = "# 1. PURPOSE\n\n";
        String atLimit = heading + "x".repeat(DocumentMarkup.MAX_LENGTH - heading.length());

        assertThat(DocumentMarkup.parse(atLimit).problems()).isEmpty();
        assertThat(worded(DocumentMarkup.parse(atLimit + "x").problems())).containsExactly(tuple(1,
                "The content is 200,001 characters long: it must be 200,000 characters or fewer"));
    }

    @Test
    void aScriptIsRefusedWithItsLineAndNeverReachesTheHtml() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n1.1 To consider.\n\n<script>alert(1)</script>\n");

        assertThat(worded(content.problems())).containsExactly(tuple(5, "Line 5 contains HTML (<script>);"
                + " SaferHub markup does not allow HTML: use the markup instead"));
        assertThat(content.html()).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void inlineHtmlIsRefusedOncePerLine() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n1.1 To <b>consider</b> it.\n\n"
                + "1.2 Then <img src=x onerror=alert(1)>.\n");

        assertThat(worded(content.problems())).containsExactly(
                tuple(3, "Line 3 contains HTML (<b>); SaferHub markup does not allow HTML: use the markup instead"),
                tuple(5, "Line 5 contains HTML (<img>); SaferHub markup does not allow HTML: use the markup instead"));
        assertThat(content.html()).doesNotContain("<b>", "<img");
    }

    @Test
    void everyKindOfHtmlBlockIsRefused() {
        for (String html : List.of("<div onclick=\"steal()\">Hello</div>", "<!-- hidden note -->",
                "<iframe src=\"https://example.org\"></iframe>", "<style>body{display:none}</style>",
                "<?php echo 1; ?>", "<!DOCTYPE html>")) {
            ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n" + html + "\n");

            assertThat(content.problems()).as(html).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(3);
                assertThat(words(problem)).startsWith("Line 3 contains HTML (")
                        .endsWith("SaferHub markup does not allow HTML: use the markup instead");
            });
            assertThat(content.html()).as(html).doesNotContain("<div", "<!--", "<iframe", "<style", "<?", "<!");
        }
    }

    @Test
    void javascriptLinksAreRefusedHoweverTheyAreWritten() {
        List<String> links = List.of("[click](javascript:alert(1))", "[click](JavaScript:alert(1))",
                "[click](jav&#x61;script:alert(1))", "[click](<java script:alert(1)>)", "<javascript:alert(1)>",
                "[click][evil]\n\n[evil]: javascript:alert(1)");
        for (String link : links) {
            ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n" + link + "\n");

            assertThat(content.problems()).as(link).isNotEmpty().allSatisfy(problem -> assertThat(words(problem))
                    .matches("Line \\d links to javascript:, which is not allowed: use an address starting https://,"
                            + " http:// or mailto:"));
            assertThat(content.problems().getFirst().line()).as(link).isEqualTo(3);
            assertThat(content.html()).as(link).doesNotContain("href=\"javascript", "href=\"java script",
                    "href=\"jav&");
        }
    }

    @Test
    void dataAndVbscriptAddressesAreRefusedForLinksAndImages() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n![logo](data:image/png;base64,AAAA)\n\n"
                + "[run](vbscript:msgbox(1))\n\n[file](file:///etc/passwd)\n");

        assertThat(content.problems()).extracting(DocumentMarkupRefusalTests::words).containsExactly(
                "Line 3 shows an image from data:, which is not allowed: use an address starting https://, http:// or"
                        + " mailto:",
                "Line 5 links to vbscript:, which is not allowed: use an address starting https://, http:// or mailto:",
                "Line 7 links to file:, which is not allowed: use an address starting https://, http:// or mailto:");
        assertThat(content.html()).doesNotContain("vbscript:msgbox", "file:///");
    }

    @Test
    void httpsHttpMailtoAndLinksWithinTheDocumentAreAllowed() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\nSee [GOV.UK](https://www.gov.uk),"
                + " [the archive](http://example.org/a?b=1&c=2), <mailto:safer.leeds@leeds.gov.uk>,"
                + " [section 3](#section-3) and ![map](https://example.org/map.png).\n");

        assertThat(content.problems()).isEmpty();
        assertThat(content.html()).contains("<a rel=\"nofollow\" href=\"https://www.gov.uk\" class=\"govuk-link\">"
                + "GOV.UK</a>", "href=\"http://example.org/a?b=1&amp;c=2\"",
                "href=\"mailto:safer.leeds@leeds.gov.uk\"", "href=\"#section-3\"",
                "<img src=\"https://example.org/map.png\" alt=\"map\" />");
    }

    @Test
    void sectionsOutOfOrderAreRefused() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n# 3. DISCUSSION\n\n# 4. RECOMMENDATION\n");

        assertThat(worded(content.problems())).containsExactly(tuple(3,
                "Section 3 follows section 1: number it 2"));
    }

    @Test
    void aDuplicatedSectionIsRefused() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n# 2. BACKGROUND\n\n# 2.0 DISCUSSION\n");

        assertThat(worded(content.problems())).containsExactly(tuple(5,
                "Section 2 appears twice: number this one 3"));
        assertThat(keys(content)).containsExactly("section-1", "section-2", "section-2-2");
    }

    @Test
    void theFirstNumberedSectionIsSectionOne() {
        ParsedContent content = DocumentMarkup.parse("Introduction.\n\n# 2. BACKGROUND\n\n# 3. DISCUSSION\n");

        assertThat(worded(content.problems())).containsExactly(tuple(3,
                "Section 2 is the first numbered section: number it 1"));
    }

    @Test
    void aClauseUnderAnotherSectionIsRefused() {
        ParsedContent content = DocumentMarkup.parse("# 3. DISCUSSION\n\n3.1 First.\n\n4.1 Second.\n\n3.3 Third.\n");

        assertThat(worded(content.problems())).containsExactly(
                tuple(1, "Section 3 is the first numbered section: number it 1"),
                tuple(5, "Clause 4.1 sits under section 3: number it 3.2, or move it under section 4"));
    }

    @Test
    void clausesOutOfOrderOrRepeatedAreRefused() {
        assertThat(worded(DocumentMarkup.parse("# 1. PURPOSE\n\n1.1 A.\n\n1.3 B.\n\n1.4 C.\n").problems()))
                .containsExactly(tuple(5, "Clause 1.3 follows clause 1.1: number it 1.2"));
        assertThat(worded(DocumentMarkup.parse("# 1. PURPOSE\n\n1.2 A.\n").problems()))
                .containsExactly(tuple(3, "Clause 1.2 is the first clause of section 1: number it 1.1"));
        assertThat(worded(DocumentMarkup.parse("# 1. PURPOSE\n\n1.1 A.\n\n1.2 B.\n\n1.1 C.\n").problems()))
                .containsExactly(tuple(7, "Clause 1.1 appears twice: number this one 1.3"));
    }

    @Test
    void aClauseStartedWithoutABlankLineIsRefused() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n1.1 To consider the protocol.\n"
                + "1.2 To note the pilot.\n");

        assertThat(worded(content.problems())).containsExactly(tuple(4, "Line 4 starts clause 1.2 without a"
                + " blank line before it: leave an empty line between clauses"));
    }

    @Test
    void aClauseBeforeTheFirstHeadingIsRefused() {
        ParsedContent content = DocumentMarkup.parse("1.1 To consider the protocol.\n\n# 1. PURPOSE\n");

        assertThat(worded(content.problems())).containsExactly(tuple(1, "Clause 1.1 comes before the first"
                + " section heading: put a heading such as \"# 1. PURPOSE\" above it"));
    }

    @Test
    void aRepeatedAnnexOrClauseWithinItIsRefused() {
        ParsedContent content = DocumentMarkup.parse("# Annex A: Protocol\n\n1.1 A.\n\n1.1 B.\n\n# Annex A\n\n"
                + "# Appendix 1(a)\n\n# Appendix 1(a): Contacts\n");

        assertThat(worded(content.problems())).containsExactly(
                tuple(5, "Clause 1.1 appears twice under Annex A: Protocol: give this one the next number"),
                tuple(7, "Annex A appears twice: give this one another letter"),
                tuple(11, "Appendix 1(a) appears twice: give this one another number"));
    }

    @Test
    void problemsAreListedInLineOrder() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n<b>x</b>\n\n# 3. DISCUSSION\n\n"
                + "[x](javascript:alert(1))\n");

        assertThat(content.problems()).extracting(MarkupProblem::line).containsExactly(3, 5, 7);
    }

    @Test
    void requireValidRefusesTheContentNamingTheFirstProblemAndCountingTheOthers() {
        ParsedContent one = DocumentMarkup.parse("# 2. BACKGROUND\n");
        ParsedContent three = DocumentMarkup.parse("# 1. PURPOSE\n\n<b>x</b>\n\n# 3. DISCUSSION\n\n"
                + "[x](javascript:alert(1))\n");

        assertThatThrownBy(one::requireValid).isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused))
                        .isEqualTo("Section 2 is the first numbered section: number it 1"))
                .extracting(refused -> ((DocumentChangeRefused) refused).field()).isEqualTo("content");
        assertThatThrownBy(three::requireValid).isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).isEqualTo("Line 3 contains HTML (<b>);"
                        + " SaferHub markup does not allow HTML: use the markup instead (and 2 other problems)"));
        assertThatThrownBy(DocumentMarkup.parse("# 1. A\n\n<b>x</b>\n\n# 3. C\n")::requireValid)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).endsWith(" (and 1 other problem)"));
        ParsedContent valid = DocumentMarkup.parse(markup(LEEDS_PROTOCOL));
        assertThat(valid.requireValid()).isSameAs(valid);
    }
}
