package uk.saferhub.documents.internal;

/**
 * A section, clause, annex or appendix of a document's content, with a stable anchor {@code key} ("section-3",
 * "clause-3-2", "annex-a", "appendix-1a", "section-objectives") that comments and links can point at.
 *
 * @param key the anchor id, unique within the content
 * @param number the number without its trailing dot or ".0" ("3", "3.2", "A", "1(a)"); null when unnumbered
 * @param heading the heading without its number ("DISCUSSION", "Governance Protocol"); null for clauses and the
 *     preamble
 * @param kind what this part is
 * @param level 1 for headings and the preamble, 2 for clauses
 * @param text the plain text of the body: for a section everything up to the next section, clauses included; for
 *     a clause its words without the number, and what follows it up to the next clause
 */
public record Section(String key, String number, String heading, SectionKind kind, int level, String text) {

    /** How people refer to this part: "Section 3: DISCUSSION", "Clause 3.2", "Annex A: Governance Protocol". */
    public String label() {
        String name = switch (kind) {
            case PREAMBLE -> "Introduction";
            case SECTION -> number == null ? heading : "Section " + number;
            case CLAUSE -> "Clause " + number;
            case ANNEX -> "Annex " + number;
            case APPENDIX -> "Appendix " + number;
        };
        boolean headingAdds = number != null && heading != null && !heading.isBlank();
        return headingAdds ? name + ": " + heading : name;
    }
}
