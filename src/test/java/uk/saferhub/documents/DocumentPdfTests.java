package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.saferhub.documents.DocumentFixtures.GOVERNANCE_PROTOCOL_REPORT;
import static uk.saferhub.documents.DocumentFixtures.LEEDS_PROTOCOL;
import static uk.saferhub.documents.DocumentFixtures.markup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import uk.saferhub.documents.internal.ControlRow;
import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.documents.internal.DocumentPdf;
import uk.saferhub.documents.internal.ParsedContent;
import uk.saferhub.documents.internal.PrintedDocument;

class DocumentPdfTests {

    private static final String TITLE = "Protocol to Support Local Working Between Leeds City Council Environmental"
            + " Services and Police Community Support Officers (PCSOs)";

    /** Seed 001's document control block, row by row. */
    private static final List<ControlRow> LEEDS_CONTROL_BLOCK = List.of(
            new ControlRow("Draft Version 1.0", "October 2011"),
            new ControlRow("Draft to Police, Environmental Services & Community Safety", "October 2011"),
            new ControlRow("Draft to Safer Leeds Executive", "3rd November 2011"),
            new ControlRow("Approved by Safer Leeds Executive", ""),
            new ControlRow("Date of Next Review", ""),
            new ControlRow("Document Owner", "Martyn Stenton & Katie Rowan, Safer Leeds"));

    private static DocumentPdf pdf;

    @BeforeAll
    static void templateEngineAsTheApplicationConfiguresIt() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages/documents");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        pdf = new DocumentPdf(engine);
    }

    private static PrintedDocument leedsProtocol(boolean draft) {
        return new PrintedDocument(TITLE, "Protocol", "Safer Leeds Executive", "Draft Version 1.0",
                draft ? "Draft" : "Approved", DocumentMarkup.parse(markup(LEEDS_PROTOCOL)).html(), LEEDS_CONTROL_BLOCK,
                draft);
    }

    /**
     * The words of the PDF in the order they were printed (each page's header and footer first, then its body), with
     * every run of white space one space.
     */
    private static String text(PDDocument document) throws IOException {
        return pageText(document, 1, document.getNumberOfPages());
    }

    /** The words of the PDF as laid out on the page, left to right and top to bottom: a clause's number first. */
    private static String laidOutText(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        return pageText(document, page, page);
    }

    private static String pageText(PDDocument document, int firstPage, int lastPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private static void assertInOrder(String text, String... phrases) {
        int from = 0;
        for (String phrase : phrases) {
            int at = text.indexOf(phrase, from);
            assertThat(at).as("\"%s\" after position %d", phrase, from).isNotNegative();
            from = at + phrase.length();
        }
    }

    @Test
    void theLeedsProtocolPrintsItsNumberedSectionsInOrderThenItsAppendix() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(leedsProtocol(true)))) {
            String text = text(document);

            assertInOrder(text, "Safer Leeds Executive", TITLE, "Protocol · Draft Version 1.0 · Draft",
                    "1. BACKGROUND", "Leeds currently has over 320 PCSOs", "2.0 PURPOSE OF THIS PROTOCOL",
                    "3.0 WHAT ENVIRONMENTAL SUPPORT ISSUES WILL PCSOs BE INVOLVED IN?",
                    "4.0 PROCESS FOR AGREEING ENVIRONMENTAL PRIORITIES", "5.0 CONTACTS", "6.0 GOVERNANCE",
                    "Key issues of significance", "Appendix 1(a): Contacts by area", "East North East");
            assertThat(document.getNumberOfPages()).isBetween(2, 5);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                    org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
                    org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void theControlBlockComesAtTheVeryEndWithExactlyItsRowsInOrder() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(leedsProtocol(true)))) {
            String text = text(document);
            Matcher block = Pattern.compile("Draft Version 1\\.0\\s+October 2011\\s+"
                    + "Draft to Police, Environmental Services & Community Safety\\s+October 2011\\s+"
                    + "Draft to Safer Leeds Executive\\s+3rd November 2011\\s+"
                    + "Approved by Safer Leeds Executive\\s+"
                    + "Date of Next Review\\s+"
                    + "Document Owner\\s+Martyn Stenton & Katie Rowan, Safer Leeds").matcher(text);

            assertThat(block.find()).as(text).isTrue();
            assertThat(block.start()).isGreaterThan(text.lastIndexOf("East North East"))
                    .isGreaterThan(text.lastIndexOf("Appendix 1(a)"));
            String after = text.substring(block.end()).replaceAll("Page \\d+ of \\d+|DRAFT", "")
                    .replace(TITLE + " — Draft Version 1.0", "");
            assertThat(after).isBlank();
            assertThat(pageText(document, document.getNumberOfPages())).contains("Document Owner");
        }
    }

    @Test
    void clausesPrintWithTheirNumbers() throws IOException {
        PrintedDocument report = new PrintedDocument("Police Community Support Officers – Governance Protocol",
                "Report", "Huntingdonshire District Council", "Version 1.0", "Approved",
                DocumentMarkup.parse(markup(GOVERNANCE_PROTOCOL_REPORT)).html(), List.of(), false);

        try (PDDocument document = Loader.loadPDF(pdf.render(report))) {
            String text = laidOutText(document);

            assertInOrder(text, "1. PURPOSE", "1.1 To consider the draft governance protocol", "2. BACKGROUND",
                    "2.1 At its meeting of 14 October 2003", "2.2 Following that Scrutiny Panel", "3. DISCUSSION",
                    "3.1 Following on from the strategic protocol", "HDC services additional deliveries",
                    "3.2 The draft Governance Protocol is attached at Annex A", "3.7 This report has been presented",
                    "(Finance & Planning)", "4. RECOMMENDATION", "4.1 Cabinet are asked to approve",
                    "BACKGROUND PAPERS", "Medium Term Plan", "Annex A: Governance Protocol");
            assertThat(text).doesNotContain("DRAFT", "Document Owner");
        }
    }

    @Test
    void everyPageOfADraftIsMarkedDraftAndNumberedPageXOfY() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(leedsProtocol(true)))) {
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                assertThat(pageText(document, page)).as("page %d", page).contains("DRAFT")
                        .contains("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void anApprovedDocumentIsNotMarkedDraft() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(leedsProtocol(false)))) {
            String text = text(document);

            assertThat(text).doesNotContain("DRAFT").contains("Approved", "Page 1 of " + document.getNumberOfPages());
        }
    }

    @Test
    void thePdfIsTitledWithTheDocumentsTitle() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(leedsProtocol(true)))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TITLE);
        }
    }

    @Test
    void charactersTheBuiltInFontLacksDoNotStopThePrint() throws IOException {
        PrintedDocument document = new PrintedDocument("Cyngor Sir Ynys Môn – Ŵyl \u0001 ☎ 中文 😀", "Policy statement",
                "Ynys Môn", "Draft Version 0.1", "Draft",
                DocumentMarkup.parse("# 1. CONTACT\n\n1.1 ☎ 01480 388301 – “Ŵ ŷ” 中文 😀 \u0007 done.\n").html(),
                List.of(new ControlRow("Document Owner", "Mrs E Wilson ☎")), true);

        try (PDDocument printed = Loader.loadPDF(pdf.render(document))) {
            String text = text(printed);

            assertThat(text).contains("1. CONTACT", "Cyngor Sir Ynys Môn", "? 01480 388301 – “Ŵ ŷ”", "done.",
                    "Mrs E Wilson ?");
            assertThat(printed.getDocumentInformation().getTitle()).startsWith("Cyngor Sir Ynys Môn");
        }
    }

    @Test
    void imagesInTheContentAreNeverFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/map.png";
            ParsedContent content = DocumentMarkup.parse("# 1. MAP\n\n![St Neots](" + address + ")\n");
            PrintedDocument document = new PrintedDocument("Map", "Plan", null, null, null, content.html(),
                    List.of(), false);

            try (PDDocument printed = Loader.loadPDF(pdf.render(document))) {
                assertThat(text(printed)).contains("1. MAP");
            }
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void thePdfIsTaggedTitledInBritishEnglishWithItsFontsEmbedded() throws IOException {
        String markup = markup(LEEDS_PROTOCOL) + "\n# 7. LEVELS\n\n| Area | PCSOs |\n| --- | --- |\n| East | 80 |\n"
                + "\n- Inner East\n- Inner North East\n\n![Map of the East North East area](https://example.org/map.png)\n";
        PrintedDocument printed = new PrintedDocument(TITLE, "Protocol", "Safer Leeds Executive",
                "Draft Version 1.0", "Draft", DocumentMarkup.parse(markup).html(), LEEDS_CONTROL_BLOCK, true);

        try (PDDocument document = Loader.loadPDF(pdf.render(printed))) {
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).isNotNull();
            List<PDStructureElement> elements = new ArrayList<>();
            collect(root, elements);
            List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(types).contains("H1", "H2", "P", "Table", "TR", "TH", "TD", "L", "LI");
            assertThat(types.indexOf("H1")).isLessThan(types.indexOf("H2"));
            // Images are never fetched for a PDF, so their alternative text is printed in their place.
            assertThat(text(document)).contains("Image: Map of the East North East area");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                }
            }
        }
    }

    @Test
    void theControlBlocksHeadingAndTableAreAlwaysOnTheSamePage() throws IOException {
        // Forty lengths of content, one line longer each time: on at least one of them the block meets a page break.
        boolean crossedAPage = false;
        for (int lines = 30; lines < 70; lines++) {
            StringBuilder content = new StringBuilder("# 1. BACKGROUND\n\n");
            for (int line = 1; line <= lines; line++) {
                content.append("1.").append(line).append(" Leeds currently has over 320 PCSOs.\n\n");
            }
            PrintedDocument printed = new PrintedDocument(TITLE, "Protocol", "Safer Leeds Executive",
                    "Draft Version 1.0", "Draft", DocumentMarkup.parse(content.toString()).html(), LEEDS_CONTROL_BLOCK,
                    true);
            try (PDDocument document = Loader.loadPDF(pdf.render(printed))) {
                int heading = pageWith(document, "Document control");
                int owner = pageWith(document, "Document Owner");
                int lastClause = pageWith(document, "1." + lines + " Leeds");
                assertThat(owner).as("%d lines", lines).isEqualTo(heading);
                assertThat(pageWith(document, "Draft Version 1.0 October 2011")).isEqualTo(heading);
                crossedAPage |= heading > lastClause;
            }
        }
        assertThat(crossedAPage).as("the block was pushed to a new page at least once").isTrue();
    }

    private static int pageWith(PDDocument document, String words) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (pageText(document, page).contains(words)) {
                return page;
            }
        }
        throw new AssertionError("\"" + words + "\" is on no page");
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(element);
                collect(element, elements);
            }
        }
    }
}
