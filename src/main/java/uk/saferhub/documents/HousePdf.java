package uk.saferhub.documents;

import java.util.Locale;
import java.util.Map;

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

    private final ITemplateEngine templates;

    HousePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] print(String template, Map<String, Object> values, String title) {
        String xhtml = DocumentPdf.xmlSafe(templates.process(template, new Context(Locale.UK, values)));
        return DocumentPdf.print(xhtml, title);
    }
}
