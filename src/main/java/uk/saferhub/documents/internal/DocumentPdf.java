package uk.saferhub.documents.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Prints a document as an A4 PDF in the seeds' house style (template documents/pdf.html through OpenHTMLtoPDF):
 * sans-serif, a title block, numbered sections with hanging clause numbers, DRAFT on every page of a draft, "Page X
 * of Y", and the document control block at the end. It never fetches anything: images and other resources named in
 * the content are left out rather than loaded.
 *
 * <p>The PDF is tagged for assistive technology (PDF/UA, and PDF/A-3a for archiving): its structure follows the
 * HTML's headings, lists and tables, its title and language (en-GB) are set, and its one font, Liberation Sans, is
 * embedded. That font comes inside PDFBox's own jar, so nothing is fetched or installed (ADR 0020).
 */
@Component
public class DocumentPdf {

    static final String TEMPLATE = "documents/pdf";

    /** Characters XML 1.0 forbids (most control characters, lone surrogates): the PDF renderer reads XHTML. */
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    /** The text without the characters XML 1.0 cannot hold (control characters pasted from elsewhere). */
    public static String xmlSafe(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }

    /** The embedded font's family name in the template's CSS. */
    static final String FONT_FAMILY = "Liberation Sans";

    /** Liberation Sans Regular (SIL Open Font License), shipped inside the pdfbox jar. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Printed instead of a character that the embedded font cannot draw. */
    static final String MISSING_CHARACTER = "?";

    /** An image as the markup renders it; its alt text is already escaped. */
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*?\\balt=\"([^\"]*)\"[^>]*>");

    private final ITemplateEngine templates;

    public DocumentPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The PDF's bytes. */
    public byte[] render(PrintedDocument document) {
        String xhtml = xmlSafe(templates.process(TEMPLATE,
                new Context(Locale.UK, Map.of("document", document, "contentHtml", withImagesAsText(document)))));
        return print(xhtml, document.title());
    }

    /** Prints XHTML in the house style's settings (tagged, PDF/A-3a, the embedded font, nothing fetched). */
    public static byte[] print(String xhtml, String title) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            for (FontStyle style : FontStyle.values()) {
                builder.useFont(DocumentPdf::font, FONT_FAMILY, 400, style, true);
                builder.useFont(DocumentPdf::font, FONT_FAMILY, 700, style, true);
            }
            builder.useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfAConformance.PDFA_3_A)
                    .useColorProfile(SRGB)
                    .withProducer("SaferHub")
                    .useReplacementText(MISSING_CHARACTER)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(xhtml, null)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print " + title, e);
        }
        return pdf.toByteArray();
    }

    /**
     * The content with every image replaced by its alternative text: images are never fetched, so a reader of the
     * PDF gets the words the author gave for the picture instead of nothing.
     */
    private String withImagesAsText(PrintedDocument document) {
        String html = document.contentHtml() == null ? "" : document.contentHtml();
        Matcher image = IMAGE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (image.find()) {
            String alt = image.group(1).strip();
            image.appendReplacement(out, alt.isEmpty() ? "" : Matcher.quoteReplacement(
                    templates.process(new TemplateSpec(TEMPLATE, Set.of("imageText"), TemplateMode.HTML, null),
                            new Context(Locale.UK, Map.of("alt", HtmlUtils.htmlUnescape(alt)))).strip()));
        }
        image.appendTail(out);
        return out.toString();
    }

    private static InputStream font() {
        InputStream font = DocumentPdf.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans is not on the classpath: " + FONT);
        }
        return font;
    }
}
