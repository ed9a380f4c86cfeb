package uk.saferhub.documents;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import uk.saferhub.documents.internal.ControlRow;
import uk.saferhub.documents.internal.DocumentPdf;
import uk.saferhub.documents.internal.PrintedDocument;

/**
 * The documents module's PDF kit for other modules: prints a title block, XHTML content and a control block as an A4
 * PDF in the house style of the partnership's documents (the same template and renderer as a document's PDF: tagged
 * PDF/UA and PDF/A-3a, embedded Liberation Sans, "Page X of Y", nothing fetched). The content must be well-formed
 * XHTML with its text already escaped, as a Thymeleaf template writes it.
 */
@Service
public class HouseStylePdf {

    private final DocumentPdf pdf;

    HouseStylePdf(DocumentPdf pdf) {
        this.pdf = pdf;
    }

    /**
     * The PDF's bytes.
     *
     * @param organisationLine the line above the title, such as the body the report is for
     * @param subtitle the line under the title, such as the period a report covers
     * @param control the rows of the control block printed at the end, in order
     */
    public byte[] print(String title, String organisationLine, String subtitle, String contentHtml,
            Map<String, String> control) {
        List<ControlRow> rows = control.entrySet().stream().map(row -> new ControlRow(row.getKey(), row.getValue()))
                .toList();
        return pdf.render(new PrintedDocument(title, subtitle, organisationLine, null, null, contentHtml, rows, false));
    }
}
