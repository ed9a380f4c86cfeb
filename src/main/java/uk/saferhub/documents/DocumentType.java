package uk.saferhub.documents;

/** The kinds of document the partnership keeps, named as the seeds name them. */
public enum DocumentType {
    MEMORANDUM_OF_UNDERSTANDING("Memorandum of understanding"),
    GOVERNANCE_PROTOCOL("Governance protocol"),
    SERVICE_AGREEMENT("Service agreement"),
    PROTOCOL("Protocol"),
    POLICY_STATEMENT("Policy statement"),
    TERMS_OF_REFERENCE("Terms of reference"),
    PLAN("Plan"),
    OTHER("Other");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    /**
     * The type's English name, for the audit trail's record of what happened only ("Registered service agreement
     * ..."). Pages, the PDF and the API read it from the messages ({@code documents.type.<TYPE>}, and
     * {@code documents.type.lower.<TYPE>} in a sentence) so a council can change the wording.
     */
    public String label() {
        return label;
    }

    /** Whether a document of this type may sit under (or derive from) one of the given type. */
    public boolean mayHaveParent(DocumentType parent) {
        return switch (this) {
            case SERVICE_AGREEMENT -> parent == GOVERNANCE_PROTOCOL || parent == PROTOCOL;
            case GOVERNANCE_PROTOCOL -> parent == MEMORANDUM_OF_UNDERSTANDING;
            case MEMORANDUM_OF_UNDERSTANDING -> false;
            default -> parent != SERVICE_AGREEMENT;
        };
    }
}
