package uk.saferhub.documents.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a document's PDF shows: the title block, the content as {@link DocumentMarkup} HTML, and the document control
 * block printed at the very end, after every section, annex and appendix, with exactly the rows given.
 *
 * @param organisationLine the line above the title, such as "Safer Leeds Executive" or the parties
 * @param versionLabel for example "Draft Version 1.0"
 * @param draft whether every page is marked DRAFT
 */
public record PrintedDocument(String title, String typeLabel, String organisationLine, String versionLabel,
        String statusLabel, String contentHtml, List<ControlRow> controlBlock, boolean draft) {

    public PrintedDocument {
        controlBlock = controlBlock == null ? List.of() : List.copyOf(controlBlock);
    }

    /** The line under the title: "Protocol · Draft Version 1.0 · Draft", leaving out what is not given. */
    public String versionLine() {
        return joined(" · ", typeLabel, versionLabel, statusLabel);
    }

    /** The line at the foot of every page: the title and the version. */
    public String footerLine() {
        return joined(" — ", title, versionLabel);
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(separator));
    }
}
