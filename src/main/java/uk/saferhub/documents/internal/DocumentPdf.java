package uk.saferhub.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a document as an A4 PDF in the seeds' house style (template documents/pdf.html through OpenHTMLtoPDF):
 * sans-serif, a title block, numbered sections with hanging clause numbers, DRAFT on every page of a draft, "Page X
 * of Y", and the document control block at the end. It never fetches anything: images and other resources named in
 * the content are left out rather than loaded.
 */
@Component
public class DocumentPdf {

    static final String TEMPLATE = "documents/pdf";

    /** Characters XML 1.0 forbids (most control characters, lone surrogates): the PDF renderer reads XHTML. */
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    /** Printed instead of a character that the PDF's built-in Helvetica cannot draw. */
    static final String MISSING_CHARACTER = "?";

    private final ITemplateEngine templates;

    public DocumentPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The PDF's bytes. */
    public byte[] render(PrintedDocument document) {
        String xhtml = NOT_XML.matcher(templates.process(TEMPLATE,
                new Context(Locale.UK, Map.of("document", document)))).replaceAll("");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfVersion(1.7f)
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
            throw new UncheckedIOException("Could not print " + document.title(), e);
        }
        return pdf.toByteArray();
    }
}
