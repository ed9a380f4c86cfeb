package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.saferhub.documents.DocumentFixtures.GOVERNANCE_PROTOCOL_REPORT;
import static uk.saferhub.documents.DocumentFixtures.HERTFORDSHIRE_POLICY_STATEMENT;
import static uk.saferhub.documents.DocumentFixtures.LEEDS_PROTOCOL;
import static uk.saferhub.documents.DocumentFixtures.markup;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.documents.internal.ParsedContent;
import uk.saferhub.documents.internal.Section;
import uk.saferhub.documents.internal.SectionKind;

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
    void tablesAreGovukTablesWithColumnHeadersScoped() {
        String html = DocumentMarkup.parse(markup(LEEDS_PROTOCOL)).html();

        assertThat(html).contains("<table class=\"govuk-table\">", "<thead class=\"govuk-table__head\">",
                "<tr class=\"govuk-table__row\">", "<th class=\"govuk-table__header\" scope=\"col\">Area</th>",
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
}
