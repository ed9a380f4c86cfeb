package uk.saferhub.documents.internal;

/** What a part of a document's content is: a section, one of its numbered clauses, an annex or an appendix. */
public enum SectionKind {

    /** Content before the first heading, such as a title block or an introduction. */
    PREAMBLE,

    /** A level-1 heading, numbered ("# 3. DISCUSSION", "# 2.0 PURPOSE OF THIS PROTOCOL") or not ("# OBJECTIVES"). */
    SECTION,

    /** A paragraph or list item that starts with a clause number ("3.2 The draft Governance Protocol ..."). */
    CLAUSE,

    /** A heading such as "# Annex A: Governance Protocol". */
    ANNEX,

    /** A heading such as "# Appendix 1(a): Contacts by area". */
    APPENDIX
}
