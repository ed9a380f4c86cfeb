package uk.saferhub.documents.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a document may carry as an attachment, with the names people know them by. */
enum AttachmentType {

    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg"));

    private final String mediaType;
    private final List<String> extensions;

    AttachmentType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    String mediaType() {
        return mediaType;
    }

    /**
     * What a file of this type is called, as in "report.pdf is not a PDF": the message
     * {@code documents.attachment.kind.<TYPE>} ("a PDF", "a Word document" …).
     */
    String description() {
        return AttachmentCheck.KIND + name();
    }


    String extension() {
        return extensions.getFirst();
    }

    boolean zipPackage() {
        return this == DOCX || this == XLSX;
    }

    /** The package part that makes a zip a DOCX or XLSX. */
    String mainPart() {
        return this == DOCX ? "word/document.xml" : "xl/workbook.xml";
    }

    static Optional<AttachmentType> ofExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(wanted)).findFirst();
    }

    static Optional<AttachmentType> ofMediaType(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String bare = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String wanted = switch (bare) {
            case "image/jpg", "image/pjpeg" -> JPEG.mediaType;
            default -> bare;
        };
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(wanted)).findFirst();
    }
}
