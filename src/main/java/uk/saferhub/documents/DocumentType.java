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

    public String label() {
        return label;
    }

    /** How a document of this type relates to its parent: a service agreement sits under, others derive from. */
    public String parentRelation() {
        return this == SERVICE_AGREEMENT ? "Sits under" : "Derives from";
    }

    /** The same relation as a verb after "cannot": "sit under" or "derive from". */
    public String parentVerb() {
        return this == SERVICE_AGREEMENT ? "sit under" : "derive from";
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
