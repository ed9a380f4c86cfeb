package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import uk.saferhub.documents.internal.AttachmentCheck;
import uk.saferhub.documents.internal.CheckedAttachment;
import uk.saferhub.support.RefusalWords;

class AttachmentCheckTests {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String... entryNames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entryNames) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<part name=\"" + name + "\"/>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    private static byte[] xlsx() throws IOException {
        return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static void assertRefused(String fileName, String declared, byte[] content, String message) {
        assertThatThrownBy(() -> AttachmentCheck.check(fileName, declared, content))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).isEqualTo(message))
                .extracting(refused -> ((DocumentChangeRefused) refused).field()).isEqualTo("file");
    }

    @Test
    void aPdfIsAcceptedWithItsSizeAndSha256() throws Exception {
        byte[] content = pdf();

        CheckedAttachment checked = AttachmentCheck.check("Governance Protocol.pdf", "application/pdf", content);

        assertThat(checked.fileName()).isEqualTo("Governance Protocol.pdf");
        assertThat(checked.contentType()).isEqualTo("application/pdf");
        assertThat(checked.size()).isEqualTo(content.length);
        assertThat(checked.sha256Hex()).hasSize(64).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }

    @Test
    void wordExcelPngAndJpegFilesAreAcceptedAsWhatTheyAre() throws IOException {
        assertThat(AttachmentCheck.check("Service Agreement.docx", DOCX, docx()).contentType()).isEqualTo(DOCX);
        assertThat(AttachmentCheck.check("Patrol hours.XLSX", XLSX, xlsx()).contentType()).isEqualTo(XLSX);
        assertThat(AttachmentCheck.check("St Neots map.png", "image/png", image("png")).contentType())
                .isEqualTo("image/png");
        assertThat(AttachmentCheck.check("photo.jpg", "image/jpeg", image("jpg")).contentType())
                .isEqualTo("image/jpeg");
        assertThat(AttachmentCheck.check("photo.JPEG", "image/pjpeg", image("jpg")).contentType())
                .isEqualTo("image/jpeg");
    }

    @Test
    void theNameDecidesTheTypeAndTheDeclaredTypeIsIgnoredWhenThereIsAName() throws IOException {
        CheckedAttachment checked = AttachmentCheck.check("report.pdf", "application/octet-stream", pdf());

        assertThat(checked.contentType()).isEqualTo("application/pdf");
        assertThat(AttachmentCheck.check("report.pdf", "image/png", pdf()).contentType())
                .isEqualTo("application/pdf");
    }

    @Test
    void aNameWithoutAnExtensionTakesItFromTheDeclaredType() throws IOException {
        assertThat(AttachmentCheck.check("Minutes", "application/pdf; charset=binary", pdf()).fileName())
                .isEqualTo("Minutes.pdf");
        assertThat(AttachmentCheck.check("", "image/jpg", image("jpg")).fileName()).isEqualTo("attachment.jpg");
        assertRefused("Minutes", "application/octet-stream", pdf(),
                "Minutes is not a type of file SaferHub accepts: it must be a PDF, Word (DOCX), Excel (XLSX), PNG"
                        + " or JPEG file");
        assertRefused(null, null, pdf(), "The file is not a type of file SaferHub accepts: it must be a PDF, Word"
                + " (DOCX), Excel (XLSX), PNG or JPEG file");
    }

    @Test
    void aNameLosesItsFoldersControlCharactersAndReservedCharacters() throws IOException {
        byte[] content = pdf();

        assertThat(AttachmentCheck.check("C:\\Users\\ewilson\\Desktop\\report.pdf", null, content).fileName())
                .isEqualTo("report.pdf");
        assertThat(AttachmentCheck.check("../../etc/report.pdf", null, content).fileName()).isEqualTo("report.pdf");
        assertThat(AttachmentCheck.check("rep\u0000ort\r\n\u202Efdp.pdf", null, content).fileName())
                .isEqualTo("reportfdp.pdf");
        assertThat(AttachmentCheck.check("Q3 \"final\" <v2>: draft?.pdf", null, content).fileName())
                .isEqualTo("Q3 _final_ _v2__ draft_.pdf");
        assertThat(AttachmentCheck.check("...hidden.pdf", null, content).fileName()).isEqualTo("hidden.pdf");
    }

    @Test
    void aLongNameIsShortenedToTwoHundredCharactersKeepingItsExtension() throws IOException {
        String name = "Protocol-to-Support-Local-Working-".repeat(10) + ".pdf";

        String kept = AttachmentCheck.check(name, null, pdf()).fileName();

        assertThat(kept).hasSize(AttachmentCheck.MAX_NAME_LENGTH).startsWith("Protocol-to-Support")
                .isEqualTo(name.substring(0, AttachmentCheck.MAX_NAME_LENGTH - 4) + ".pdf");
        assertThat(AttachmentCheck.check("😀".repeat(150) + ".pdf", null, pdf()).fileName())
                .hasSizeLessThanOrEqualTo(AttachmentCheck.MAX_NAME_LENGTH).endsWith("😀.pdf");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("report.pdf", "application/pdf", new byte[0], "The selected file is empty");
        assertRefused("", null, new byte[0], "Select a file");
        assertRefused("report.pdf", "application/pdf", null, "Select a file");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedAndOneOfExactlyTenIsAccepted() throws IOException {
        byte[] pdf = pdf();
        byte[] atLimit = Arrays.copyOf(pdf, (int) AttachmentCheck.MAX_SIZE);
        Arrays.fill(atLimit, pdf.length, atLimit.length, (byte) '\n');

        assertThat(AttachmentCheck.check("large.pdf", null, atLimit).size()).isEqualTo(AttachmentCheck.MAX_SIZE);
        assertRefused("large.pdf", "application/pdf", Arrays.copyOf(atLimit, atLimit.length + 1),
                "The file must be smaller than 10 MB");
    }

    @Test
    void aTypeThatIsNotAllowedIsRefusedNamingTheAllowedTypes() {
        byte[] text = "Minutes of the meeting".getBytes(StandardCharsets.UTF_8);
        for (String name : new String[] {"minutes.doc", "setup.exe", "notes.txt", "page.html", "archive.zip"}) {
            assertRefused(name, "application/octet-stream", text, name + " is not a type of file SaferHub accepts:"
                    + " it must be a PDF, Word (DOCX), Excel (XLSX), PNG or JPEG file");
        }
    }

    @Test
    void aTextFileNamedPdfIsRefused() {
        assertRefused("report.pdf", "application/pdf", "This is not really a PDF.".getBytes(StandardCharsets.UTF_8),
                "report.pdf is not a PDF: its content looks like plain text");
    }

    @Test
    void aPdfRenamedDocxIsRefused() throws IOException {
        assertRefused("report.docx", DOCX, pdf(), "report.docx is not a Word document: its content looks like a PDF");
    }

    @Test
    void aWorkbookRenamedDocxAndADocumentRenamedXlsxAreRefused() throws IOException {
        assertRefused("budget.docx", DOCX, xlsx(),
                "budget.docx is not a Word document: its content looks like an Excel workbook");
        assertRefused("budget.xlsx", XLSX, docx(),
                "budget.xlsx is not an Excel workbook: its content looks like a Word document");
    }

    @Test
    void aZipWithoutTheOfficePartsIsNotAWordDocumentOrWorkbook() throws IOException {
        assertRefused("letters.docx", DOCX, zip("letter.txt"),
                "letters.docx is not a Word document: its content looks like a zip archive");
        assertRefused("letters.docx", DOCX, zip("word/document.xml"),
                "letters.docx is not a Word document: its content looks like a zip archive");
        assertRefused("sums.xlsx", XLSX, zip("[Content_Types].xml", "xl/styles.xml"),
                "sums.xlsx is not an Excel workbook: its content looks like a zip archive");
        assertRefused("slides.docx", DOCX, zip("[Content_Types].xml", "ppt/presentation.xml"),
                "slides.docx is not a Word document: its content looks like a PowerPoint presentation");
    }

    @Test
    void aDamagedZipIsRefused() {
        byte[] damaged = "PK\u0003\u0004\u0014\u0000\u0008\u0008garbage that is not a zip entry at all"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertRefused("report.docx", DOCX, damaged,
                "report.docx is not a Word document: its content looks like a damaged zip archive");
    }

    @Test
    void aZipThatInflatesEnormouslyIsRefusedWithoutReadingItAll() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int megabytes = 0; megabytes < 101; megabytes++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.closeEntry();
        }

        assertThat(out.size()).isLessThan(1024 * 1024);
        assertRefused("bomb.docx", DOCX, out.toByteArray(),
                "bomb.docx is not a Word document: its content looks like a damaged zip archive");
    }

    @Test
    void imagesMustBeTheKindTheirNameSays() throws IOException {
        assertRefused("photo.jpg", "image/jpeg", image("png"), "photo.jpg is not a JPEG image: its content looks like"
                + " a PNG image");
        assertRefused("map.png", "image/png", image("gif"), "map.png is not a PNG image: its content looks like a GIF"
                + " image");
        assertRefused("map.png", "image/png", "<html><body>map</body></html>".getBytes(StandardCharsets.UTF_8),
                "map.png is not a PNG image: its content looks like a web page (HTML)");
        assertRefused("map.png", "image/png", new byte[] {0, 1, 2, 3, (byte) 200, (byte) 201},
                "map.png is not a PNG image: its content looks like data of no type SaferHub recognises");
    }
}
