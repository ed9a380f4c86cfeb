package uk.saferhub.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import uk.saferhub.documents.DocumentChangeRefused;

/**
 * Checks a file uploaded to a document before it is kept: not empty, under 10 MB, a PDF, DOCX, XLSX, PNG or JPEG by
 * its name (or, with no extension, its declared type), and really that type by its bytes: Tika's magic-byte
 * detection, and for DOCX and XLSX the zip entries {@code [Content_Types].xml} and {@code word/document.xml} or
 * {@code xl/workbook.xml}. The declared content type is otherwise ignored, since browsers guess it from the name.
 */
public final class AttachmentCheck {

    /** The largest file accepted, in bytes (10 MB). */
    public static final long MAX_SIZE = 10L * 1024 * 1024;

    /** The longest file name kept, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    /** Limits on reading a zip, so that a small file that inflates enormously is refused rather than read. */
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final long MAX_ZIP_INFLATED = 100L * 1024 * 1024;

    private static final Tika TIKA = new Tika();

    /** The messages naming what a file is ("a PDF", "plain text"), in the words of a refusal. */
    static final String KIND = "documents.attachment.kind.";

    private AttachmentCheck() {
    }

    /** The checked attachment, or a refusal on the "file" field saying what is wrong in words a user can act on. */
    public static CheckedAttachment check(String fileName, String declaredContentType, byte[] content) {
        String name = cleanName(fileName);
        if (content == null || (content.length == 0 && name.isEmpty())) {
            throw refused("documents.refused.attachment.none");
        }
        if (content.length == 0) {
            throw refused("documents.refused.attachment.empty");
        }
        if (content.length > MAX_SIZE) {
            throw refused("documents.refused.attachment.tooBig");
        }
        String extension = extension(name);
        Optional<AttachmentType> claimed = extension.isEmpty()
                ? AttachmentType.ofMediaType(declaredContentType)
                : AttachmentType.ofExtension(extension);
        AttachmentType type = claimed.orElseThrow(() -> name.isEmpty()
                ? refused("documents.refused.attachment.type.unnamed")
                : refused("documents.refused.attachment.type", name));
        String keptName = name.isEmpty() || extension.isEmpty() ? named(name, type) : name;
        DefaultMessageSourceResolvable looksLike = contentDescription(content);
        if (!type.description().equals(looksLike.getCode())) {
            throw refused("documents.refused.attachment.content", keptName, words(type.description()), looksLike);
        }
        return new CheckedAttachment(keptName, type.mediaType(), content.length, sha256Hex(content));
    }

    /** The name without any folders, control or invisible formatting characters, at most 200 characters long. */
    static String cleanName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        Normalizer.normalize(base, Normalizer.Form.NFC).codePoints().forEach(c -> {
            int kind = Character.getType(c);
            if (kind == Character.CONTROL || kind == Character.FORMAT || kind == Character.LINE_SEPARATOR
                    || kind == Character.PARAGRAPH_SEPARATOR || kind == Character.UNASSIGNED
                    || kind == Character.SURROGATE || kind == Character.PRIVATE_USE) {
                return;
            }
            clean.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : Character.isWhitespace(c) ? ' ' : c);
        });
        String name = clean.toString().replaceAll(" {2,}", " ").strip().replaceAll("^\\.+", "");
        return shortened(name);
    }

    private static String shortened(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
        int end = MAX_NAME_LENGTH - suffix.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end).strip() + suffix;
    }

    private static String named(String name, AttachmentType type) {
        return shortened((name.isEmpty() ? "attachment" : name) + "." + type.extension());
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1);
    }

    /**
     * What the bytes are: the message naming them ({@link #KIND} and a kind), as {@link AttachmentType#description()}
     * when they are an allowed type; {@code other} (given the detected type) for anything not named.
     */
    private static DefaultMessageSourceResolvable contentDescription(byte[] content) {
        String detected = TIKA.detect(content);
        String kind = switch (detected) {
            case "application/pdf" -> AttachmentType.PDF.description();
            case "image/png" -> AttachmentType.PNG.description();
            case "image/jpeg" -> AttachmentType.JPEG.description();
            case "application/zip", "application/x-tika-ooxml" -> zipDescription(content);
            case "text/plain" -> KIND + "text";
            case "text/html", "application/xhtml+xml" -> KIND + "html";
            case "application/xml", "text/xml" -> KIND + "xml";
            case "application/x-tika-msoffice" -> KIND + "olderOffice";
            case "application/x-msdownload", "application/x-dosexec", "application/x-executable" -> KIND + "program";
            case "image/gif" -> KIND + "gif";
            case "application/octet-stream" -> KIND + "unknown";
            default -> null;
        };
        return kind == null ? words(KIND + "other", detected) : words(kind);
    }

    /** A kind's message, given its values, as the value of a refusal's message. */
    private static DefaultMessageSourceResolvable words(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }

    private static String zipDescription(byte[] content) {
        Set<String> entries;
        try {
            entries = zipEntries(content);
        } catch (IOException | IllegalArgumentException e) {
            return KIND + "damagedZip";
        }
        if (entries.contains(CONTENT_TYPES)) {
            for (AttachmentType type : new AttachmentType[] {AttachmentType.DOCX, AttachmentType.XLSX}) {
                if (entries.contains(type.mainPart())) {
                    return type.description();
                }
            }
            if (entries.contains("ppt/presentation.xml")) {
                return KIND + "powerPoint";
            }
        }
        return KIND + "zip";

    }

    /** The entry names, read until the parts that identify a DOCX or XLSX are found. */
    private static Set<String> zipEntries(byte[] content) throws IOException {
        Set<String> names = new HashSet<>();
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (identified(names) || names.size() >= MAX_ZIP_ENTRIES) {
                    break;
                }
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    inflated += read;
                    if (inflated > MAX_ZIP_INFLATED) {
                        throw new ZipException("The archive inflates beyond " + MAX_ZIP_INFLATED + " bytes");
                    }
                }
            }
        }
        return names;
    }

    private static boolean identified(Set<String> names) {
        return names.contains(CONTENT_TYPES) && (names.contains(AttachmentType.DOCX.mainPart())
                || names.contains(AttachmentType.XLSX.mainPart()) || names.contains("ppt/presentation.xml"));
    }

    private static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Refused on the "file" field in the words of the message {@code key}. */
    private static DocumentChangeRefused refused(String key, Object... arguments) {
        return new DocumentChangeRefused("file", key, arguments);

    }
}
