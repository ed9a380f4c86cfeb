package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.saferhub.documents.DocumentFixtures.GOVERNANCE_PROTOCOL_REPORT;
import static uk.saferhub.documents.DocumentFixtures.HERTFORDSHIRE_POLICY_STATEMENT;
import static uk.saferhub.documents.DocumentFixtures.LEEDS_PROTOCOL;
import static uk.saferhub.documents.DocumentFixtures.markup;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentMarkupTests {

    private static List<String> keys(ParsedContent content) {
        return content.sections().stream().map(Section::key).toList();
    }

    private static Section section(ParsedContent content, String numberOrKey) {
        return content.section(numberOrKey).orElseThrow();
    }

    @Test
    void theGovernanceProtocolReportReadsAsNumberedSectionsWithTheirClausesAndAnAnnex() {
        ParsedContent report = DocumentMarkup.parse(markup(GOVERNANCE_PROTOCOL_REPORT));

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(keys(report)).containsExactly("preamble", "section-1", "clause-1-1", "section-2", "clause-2-1",
                "clause-2-2", "section-3", "clause-3-1", "clause-3-2", "clause-3-3", "clause-3-4", "clause-3-5",
                "clause-3-6", "clause-3-7", "section-4", "clause-4-1", "section-background-papers", "annex-a");
        assertThat(section(report, "section-3")).extracting(Section::number, Section::heading, Section::kind,
                Section::level, Section::label).containsExactly("3", "DISCUSSION", SectionKind.SECTION, 1,
                        "Section 3: DISCUSSION");
        assertThat(section(report, "clause-3-2")).extracting(Section::number, Section::heading, Section::kind,
                Section::level, Section::label).containsExactly("3.2", null, SectionKind.CLAUSE, 2, "Clause 3.2");
        assertThat(section(report, "annex-a")).extracting(Section::number, Section::heading, Section::kind,
                Section::label).containsExactly("A", "Governance Protocol", SectionKind.ANNEX,
                        "Annex A: Governance Protocol");
    }

    @Test
    void aClauseTextIsItsWordsWithoutTheNumberAndASectionTextHoldsItsClauses() {
        ParsedContent report = DocumentMarkup.parse(markup(GOVERNANCE_PROTOCOL_REPORT));

        assertThat(section(report, "3.2").text()).isEqualTo("The draft Governance Protocol is attached at Annex A and"
                + " the Scrutiny Panel are invited to comment on it, prior to its consideration by Cabinet.");
        assertThat(section(report, "4").text()).isEqualTo("4.1 Cabinet are asked to approve the Governance Protocol"
                + " with Cambridgeshire Constabulary (Central Division) regarding Police Community Support Officers.");
        assertThat(section(report, "3").text()).contains("3.1 Following on", "3.7 This report has been presented");
    }

    @Test
    void aClauseKeepsTheBulletsThatFollowItUntilTheNextClause() {
        ParsedContent report = DocumentMarkup.parse(markup(GOVERNANCE_PROTOCOL_REPORT));

        assertThat(section(report, "3.1").text()).endsWith("to deal with:\n"
                + "Guidance/Interface between the Constabulary Central Division and the District Council\n"
                + "HDC services additional deliveries through PCSOs");
        assertThat(section(report, "3.2").text()).doesNotContain("HDC services");
    }

    @Test
    void contentBeforeTheFirstHeadingIsThePreamble() {
        ParsedContent report = DocumentMarkup.parse(markup(GOVERNANCE_PROTOCOL_REPORT));

        assertThat(report.sections().getFirst()).extracting(Section::kind, Section::number, Section::heading,
                Section::label).containsExactly(SectionKind.PREAMBLE, null, null, "Introduction");
        assertThat(report.sections().getFirst().text()).isEqualTo("POLICE COMMUNITY SUPPORT OFFICERS – GOVERNANCE"
                + " PROTOCOL (Report by Director of Operational Services)");
    }

    @Test
    void sectionsAndClausesCarryTheirKeysAsIdsAndClauseNumbersStayVisible() {
        String html = DocumentMarkup.parse(markup(GOVERNANCE_PROTOCOL_REPORT)).html();

        assertThat(html).contains("<h2 id=\"section-3\" class=\"govuk-heading-l\">3. DISCUSSION</h2>")
                .contains("<p id=\"clause-3-2\" class=\"govuk-body app-clause\"><span class=\"app-clause-number\">3.2"
                        + "</span> The draft Governance Protocol is attached at Annex A")
                .contains("<h2 id=\"annex-a\" class=\"govuk-heading-l\">Annex A: Governance Protocol</h2>")
                .contains("<ul class=\"govuk-list govuk-list--bullet\">\n<li>Memorandum of Understanding</li>")
                .contains("(Finance &amp; Planning)")
                .doesNotContain("<h1");
    }

    @Test
    void commentsCanBeAttachedByNumberKeyOrName() {
        ParsedContent report = DocumentMarkup.parse(markup(GOVERNANCE_PROTOCOL_REPORT));

        assertThat(List.of("3.2", "3.2.", "Clause 3.2", "clause-3-2", " CLAUSE-3-2 ")).allSatisfy(
                wanted -> assertThat(report.section(wanted)).map(Section::key).hasValue("clause-3-2"));
        assertThat(List.of("4", "4.", "4.0", "Section 4", "section-4")).allSatisfy(
                wanted -> assertThat(report.section(wanted)).map(Section::key).hasValue("section-4"));
        assertThat(List.of("Annex A", "annex a", "A", "annex-a")).allSatisfy(
                wanted -> assertThat(report.section(wanted)).map(Section::key).hasValue("annex-a"));
        assertThat(report.section("section-background-papers")).map(Section::heading).hasValue("BACKGROUND PAPERS");
        assertThat(report.section("9.9")).isEmpty();
        assertThat(report.section("Annex B")).isEmpty();
        assertThat(report.section(" ")).isEmpty();
        assertThat(report.section(null)).isEmpty();
    }

    @Test
    void theLeedsProtocolsTwoPointNoughtHeadingsAreSectionsOneToSixThenItsAppendix() {
        ParsedContent protocol = DocumentMarkup.parse(markup(LEEDS_PROTOCOL));

        assertThat(protocol.problems()).isEmpty();
        assertThat(protocol.sections()).extracting(Section::key, Section::number, Section::kind).containsExactly(
                tuple("section-1", "1", SectionKind.SECTION), tuple("section-2", "2", SectionKind.SECTION),
                tuple("section-3", "3", SectionKind.SECTION), tuple("section-4", "4", SectionKind.SECTION),
                tuple("section-5", "5", SectionKind.SECTION), tuple("section-6", "6", SectionKind.SECTION),
                tuple("appendix-1a", "1(a)", SectionKind.APPENDIX));
        assertThat(section(protocol, "2.0").heading()).isEqualTo("PURPOSE OF THIS PROTOCOL");
        assertThat(section(protocol, "Appendix 1(a)").label()).isEqualTo("Appendix 1(a): Contacts by area");
        assertThat(section(protocol, "6").text()).startsWith("The protocol will be agreed and periodically updated")
                .endsWith("will be provided to the Safer Leeds Executive.");
        assertThat(protocol.html()).contains("<h2 id=\"section-2\" class=\"govuk-heading-l\">2.0 PURPOSE OF THIS"
                + " PROTOCOL</h2>");
    }

    @Test
    void tablesAreGovukTables() {
        String html = DocumentMarkup.parse(markup(LEEDS_PROTOCOL)).html();

        assertThat(html).contains("<table class=\"govuk-table\">", "<thead class=\"govuk-table__head\">",
                "<tr class=\"govuk-table__row\">", "<th class=\"govuk-table__header\">Area</th>",
                "<tbody class=\"govuk-table__body\">", "<td class=\"govuk-table__cell\">East North East</td>");
    }

    @Test
    void thePolicyStatementsUnnumberedHeadingsAreKeyedByTheirWordsAndItsListsAreBulleted() {
        ParsedContent statement = DocumentMarkup.parse(markup(HERTFORDSHIRE_POLICY_STATEMENT));

        assertThat(statement.problems()).isEmpty();
        assertThat(keys(statement)).containsExactly("section-mission-statement", "section-objectives",
                "section-measures-of-success", "section-other-outcomes", "section-annual-strategic-review-assessment",
                "section-reporting-framework-to-local-level", "section-training-and-personal-development-of-pcsos");
        assertThat(section(statement, "section-objectives")).extracting(Section::number, Section::heading,
                Section::label).containsExactly(null, "OBJECTIVES", "OBJECTIVES");
        assertThat(section(statement, "section-objectives").text()).startsWith(
                "To provide residents with a network of PCSOs in order to;\nGive greater reassurance")
                .contains("\nReduce the disproportionate fear of crime\n");
        assertThat(statement.html()).contains("<ul class=\"govuk-list govuk-list--bullet\">\n"
                + "<li>reduction in the fear of crime / an improvement in public reassurance</li>");
    }

    @Test
    void unnumberedHeadingsWithTheSameWordsGetDistinctKeys() {
        ParsedContent content = DocumentMarkup.parse("# Notes\n\nOne.\n\n# Notes\n\nTwo.\n\n# ***\n");

        assertThat(keys(content)).containsExactly("section-notes", "section-notes-2", "section-untitled");
        assertThat(content.html()).contains("id=\"section-notes\"", "id=\"section-notes-2\"");
    }

    @Test
    void clausesWrittenAsListItemsAreClausesAndTheirListLosesItsBullets() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n# 2. BACKGROUND\n\n# 3. DISCUSSION\n\n"
                + "- 3.1 Following on from the strategic protocol:\n  - Guidance\n"
                + "- 3.2 The draft Governance Protocol is attached at Annex A\n");

        assertThat(content.problems()).isEmpty();
        assertThat(keys(content)).containsExactly("section-1", "section-2", "section-3", "clause-3-1", "clause-3-2");
        assertThat(section(content, "3.1").text()).isEqualTo("Following on from the strategic protocol:\nGuidance");
        assertThat(content.html()).contains("<ul class=\"govuk-list app-clause-list\">")
                .contains("<li id=\"clause-3-2\" class=\"app-clause\"><span class=\"app-clause-number\">3.2</span>"
                        + " The draft Governance Protocol");
    }

    @Test
    void aListMixingClausesAndPlainItemsKeepsItsBulletsAndThePlainItemsJoinTheClauseBefore() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n# 2. BACKGROUND\n\n# 3. DISCUSSION\n\n"
                + "- 3.1 To deal with:\n- Guidance\n"
                + " - HDC services\n- 3.2 The draft\n");

        assertThat(content.problems()).isEmpty();
        assertThat(section(content, "3.1").text()).isEqualTo("To deal with:\nGuidance\nHDC services");
        assertThat(content.html()).contains("<ul class=\"govuk-list govuk-list--bullet\">", "<li>Guidance</li>");
    }

    @Test
    void subHeadingsStayInsideTheirSectionOneLevelDown() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n## Background\n\nText.\n\n### Detail\n");

        assertThat(keys(content)).containsExactly("section-1");
        assertThat(content.html()).contains("<h3 class=\"govuk-heading-m\">Background</h3>",
                "<h4 class=\"govuk-heading-s\">Detail</h4>");
    }

    @Test
    void anAnnexMayNumberItsOwnPartsAndClauses() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n1.1 To consider the protocol.\n\n"
                + "# Annex A: Governance Protocol\n\n## 1. Purpose\n\n1.1 To guide officers.\n\n1.2 To deliver.\n");

        assertThat(content.problems()).isEmpty();
        assertThat(keys(content)).containsExactly("section-1", "clause-1-1", "annex-a", "annex-a-clause-1-1",
                "annex-a-clause-1-2");
        assertThat(section(content, "1.1").text()).isEqualTo("To consider the protocol.");
        assertThat(section(content, "annex-a-clause-1-2").text()).isEqualTo("To deliver.");
    }

    @Test
    void appendicesAreReadInTheSeedsWays() {
        ParsedContent content = DocumentMarkup.parse("# Appendix 1(a): Contacts by area\n\n# Appendix 2 – Map\n\n"
                + "# Appendix B\n\n# Appendices and notes\n\n# Annex 3. Figures\n");

        assertThat(content.sections()).extracting(Section::key, Section::number, Section::heading, Section::kind)
                .containsExactly(tuple("appendix-1a", "1(a)", "Contacts by area", SectionKind.APPENDIX),
                        tuple("appendix-2", "2", "Map", SectionKind.APPENDIX),
                        tuple("appendix-b", "B", null, SectionKind.APPENDIX),
                        tuple("section-appendices-and-notes", null, "Appendices and notes", SectionKind.SECTION),
                        tuple("annex-3", "3", "Figures", SectionKind.ANNEX));
    }

    @Test
    void emptyContentIsRefused() {
        for (String empty : new String[] {null, "", "  \n\n "}) {
            ParsedContent content = DocumentMarkup.parse(empty);

            assertThat(content.valid()).isFalse();
            assertThat(content.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(1);
                assertThat(problem.message()).startsWith("The content is empty");
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
        assertThat(DocumentMarkup.parse(atLimit + "x").problems()).containsExactly(new MarkupProblem(1,
                "The content is 200,001 characters long: it must be 200,000 characters or fewer"));
    }

    @Test
    void aScriptIsRefusedWithItsLineAndNeverReachesTheHtml() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n1.1 To consider.\n\n<script>alert(1)</script>\n");

        assertThat(content.problems()).containsExactly(new MarkupProblem(5, "Line 5 contains HTML (<script>);"
                + " SaferHub markup does not allow HTML: use the markup instead"));
        assertThat(content.html()).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void inlineHtmlIsRefusedOncePerLine() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n1.1 To <b>consider</b> it.\n\n"
                + "1.2 Then <img src=x onerror=alert(1)>.\n");

        assertThat(content.problems()).extracting(MarkupProblem::line, MarkupProblem::message).containsExactly(
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
                assertThat(problem.message()).startsWith("Line 3 contains HTML (")
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

            assertThat(content.problems()).as(link).isNotEmpty().allSatisfy(problem -> assertThat(problem.message())
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

        assertThat(content.problems()).extracting(MarkupProblem::message).containsExactly(
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

        assertThat(content.problems()).containsExactly(new MarkupProblem(3,
                "Section 3 follows section 1: number it 2"));
    }

    @Test
    void aDuplicatedSectionIsRefused() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n# 2. BACKGROUND\n\n# 2.0 DISCUSSION\n");

        assertThat(content.problems()).containsExactly(new MarkupProblem(5,
                "Section 2 appears twice: number this one 3"));
        assertThat(keys(content)).containsExactly("section-1", "section-2", "section-2-2");
    }

    @Test
    void theFirstNumberedSectionIsSectionOne() {
        ParsedContent content = DocumentMarkup.parse("Introduction.\n\n# 2. BACKGROUND\n\n# 3. DISCUSSION\n");

        assertThat(content.problems()).containsExactly(new MarkupProblem(3,
                "Section 2 is the first numbered section: number it 1"));
    }

    @Test
    void aClauseUnderAnotherSectionIsRefused() {
        ParsedContent content = DocumentMarkup.parse("# 3. DISCUSSION\n\n3.1 First.\n\n4.1 Second.\n\n3.3 Third.\n");

        assertThat(content.problems()).extracting(MarkupProblem::line, MarkupProblem::message).containsExactly(
                tuple(1, "Section 3 is the first numbered section: number it 1"),
                tuple(5, "Clause 4.1 sits under section 3: number it 3.2, or move it under section 4"));
    }

    @Test
    void clausesOutOfOrderOrRepeatedAreRefused() {
        assertThat(DocumentMarkup.parse("# 1. PURPOSE\n\n1.1 A.\n\n1.3 B.\n\n1.4 C.\n").problems())
                .containsExactly(new MarkupProblem(5, "Clause 1.3 follows clause 1.1: number it 1.2"));
        assertThat(DocumentMarkup.parse("# 1. PURPOSE\n\n1.2 A.\n").problems())
                .containsExactly(new MarkupProblem(3, "Clause 1.2 is the first clause of section 1: number it 1.1"));
        assertThat(DocumentMarkup.parse("# 1. PURPOSE\n\n1.1 A.\n\n1.2 B.\n\n1.1 C.\n").problems())
                .containsExactly(new MarkupProblem(7, "Clause 1.1 appears twice: number this one 1.3"));
    }

    @Test
    void aClauseStartedWithoutABlankLineIsRefused() {
        ParsedContent content = DocumentMarkup.parse("# 1. PURPOSE\n\n1.1 To consider the protocol.\n"
                + "1.2 To note the pilot.\n");

        assertThat(content.problems()).containsExactly(new MarkupProblem(4, "Line 4 starts clause 1.2 without a"
                + " blank line before it: leave an empty line between clauses"));
    }

    @Test
    void aClauseBeforeTheFirstHeadingIsRefused() {
        ParsedContent content = DocumentMarkup.parse("1.1 To consider the protocol.\n\n# 1. PURPOSE\n");

        assertThat(content.problems()).containsExactly(new MarkupProblem(1, "Clause 1.1 comes before the first"
                + " section heading: put a heading such as \"# 1. PURPOSE\" above it"));
    }

    @Test
    void aRepeatedAnnexOrClauseWithinItIsRefused() {
        ParsedContent content = DocumentMarkup.parse("# Annex A: Protocol\n\n1.1 A.\n\n1.1 B.\n\n# Annex A\n\n"
                + "# Appendix 1(a)\n\n# Appendix 1(a): Contacts\n");

        assertThat(content.problems()).extracting(MarkupProblem::line, MarkupProblem::message).containsExactly(
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
                .hasMessage("Section 2 is the first numbered section: number it 1")
                .extracting(refused -> ((DocumentChangeRefused) refused).field()).isEqualTo("content");
        assertThatThrownBy(three::requireValid).isInstanceOf(DocumentChangeRefused.class)
                .hasMessage("Line 3 contains HTML (<b>); SaferHub markup does not allow HTML: use the markup instead"
                        + " (and 2 other problems)");
        assertThatThrownBy(DocumentMarkup.parse("# 1. A\n\n<b>x</b>\n\n# 3. C\n")::requireValid)
                .hasMessageEndingWith(" (and 1 other problem)");
        ParsedContent valid = DocumentMarkup.parse(markup(LEEDS_PROTOCOL));
        assertThat(valid.requireValid()).isSameAs(valid);
    }
}
