package uk.saferhub.documents.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.internal.ControlRow;
import uk.saferhub.documents.internal.ParsedContent;
import uk.saferhub.documents.internal.Section;
import uk.saferhub.documents.web.DocumentResponse.ControlRowResponse;

/**
 * One version of a document in the API: its content as written (SaferHub section markup), the HTML it renders to,
 * its sections and clauses in order, and the control block as it stood for that version.
 */
record DocumentContentResponse(String number, String label, boolean approved, OffsetDateTime created,
        String changeNote, String writtenBy, String content, String html, List<SectionResponse> sections,
        List<ControlRowResponse> controlBlock) {

    /** A section, clause, annex or appendix: its anchor key, number and heading (clauses have none). */
    record SectionResponse(String key, String kind, String number, String heading, String label) {

        static SectionResponse of(Section section) {
            return new SectionResponse(section.key(), section.kind().name(), section.number(), section.heading(),
                    section.label());
        }
    }

    static DocumentContentResponse of(DocumentVersion version, ParsedContent parsed, List<ControlRow> rows) {
        return new DocumentContentResponse(version.number(), version.shortLabel(), version.approved(),
                version.createdAt().atOffset(ZoneOffset.UTC), version.changeNote(), version.writtenBy(),
                version.content(), parsed.html(), parsed.sections().stream().map(SectionResponse::of).toList(),
                ControlRowResponse.of(rows));
    }
}
