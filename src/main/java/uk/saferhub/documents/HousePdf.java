package uk.saferhub.documents;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import uk.saferhub.documents.internal.DocumentPdf;

/**
 * Prints another module's page as a PDF in the documents' house style (A4, Liberation Sans embedded, tagged PDF/UA and
 * PDF/A-3a, nothing fetched): the module gives a Thymeleaf template of its own and the values it needs.
 */
@Component
public class HousePdf {

    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final ITemplateEngine templates;

    HousePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] print(String template, Map<String, Object> values, String title) {
        String xhtml = NOT_XML.matcher(templates.process(template, new Context(Locale.UK, values))).replaceAll("");
        return DocumentPdf.print(xhtml, title);
    }
}
