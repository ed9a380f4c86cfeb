package uk.saferhub.documents;

import static uk.saferhub.documents.DocumentStatus.APPROVED;
import static uk.saferhub.documents.DocumentStatus.DRAFT;
import static uk.saferhub.documents.DocumentStatus.IN_CONSULTATION;
import static uk.saferhub.documents.DocumentStatus.IN_FORCE;
import static uk.saferhub.documents.DocumentStatus.SUPERSEDED;
import static uk.saferhub.documents.DocumentStatus.UNDER_REVIEW;
import static uk.saferhub.documents.DocumentStatus.WITHDRAWN;

/**
 * The document lifecycle as a state machine: which steps each status allows and the status each step leads to. Every
 * refusal says why in words a council officer would use; nothing here touches the database.
 */
public final class DocumentLifecycle {

    private DocumentLifecycle() {
    }

    /**
     * What the document is now, as far as the lifecycle cares.
     *
     * @param approvedVersion whether any version has been approved
     * @param pendingDraft whether the newest version is a draft not yet approved
     * @param inForce whether an approved version has been brought into force
     */
    public record State(DocumentStatus status, boolean approvedVersion, boolean pendingDraft, boolean inForce) {
    }

    /** Whether the step is allowed now. */
    public static boolean allows(State state, DocumentStep step) {
        return refusal(state, step).isEmpty();
    }

    /** Why the step would be refused now, if it would. */
    public static java.util.Optional<String> refusal(State state, DocumentStep step) {
        try {
            after(state, step, null);
            return java.util.Optional.empty();
        } catch (DocumentChangeRefused refused) {
            return java.util.Optional.of(refused.getMessage());
        }
    }

    /** The status after the step, or a refusal naming why the step is not allowed now. */
    public static DocumentStatus after(State state, DocumentStep step, ReviewOutcome outcome) {
        DocumentStatus status = state.status();
        if (status.ended()) {
            throw refused("status", "The document has been " + status.label().toLowerCase()
                    + ": nothing more can be done to it");
        }
        return switch (step) {
            case EDIT_DRAFT -> switch (status) {
                case DRAFT -> DRAFT;
                case IN_CONSULTATION -> state.approvedVersion() ? UNDER_REVIEW : DRAFT;
                default -> UNDER_REVIEW;
            };
            case CONSULT -> {
                requireDraft(state, "send for comment");
                yield IN_CONSULTATION;
            }
            case CIRCULATE -> {
                requireDraft(state, "circulate");
                yield status;
            }
            case APPROVE -> {
                if (!state.pendingDraft()) {
                    throw refused("version", "The current version is already approved: edit the document to make"
                            + " a new draft before asking for approval again");
                }
                yield APPROVED;
            }
            case BRING_INTO_FORCE -> {
                if (status != APPROVED) {
                    throw refused("status", "Only an approved document can be brought into force; this one is "
                            + status.label().toLowerCase());
                }
                yield IN_FORCE;
            }
            case RECORD_REVIEW -> {
                if (!state.approvedVersion() || status == DRAFT || status == IN_CONSULTATION && !state.inForce()) {
                    throw refused("outcome", "Only an approved document can be reviewed; this one has not been"
                            + " approved yet");
                }
                yield switch (outcome == null ? ReviewOutcome.NO_CHANGE : outcome) {
                    case NO_CHANGE -> status == UNDER_REVIEW || status == IN_CONSULTATION
                            ? (state.inForce() ? IN_FORCE : APPROVED) : status;
                    case REVISE -> UNDER_REVIEW;
                    case WITHDRAW -> WITHDRAWN;
                };
            }
            case WITHDRAW -> WITHDRAWN;
            case SUPERSEDE -> {
                if (!state.approvedVersion()) {
                    throw refused("status", "A document that was never approved cannot be superseded: withdraw"
                            + " it instead");
                }
                yield SUPERSEDED;
            }
            case PUBLISH -> {
                if (!state.approvedVersion()) {
                    throw refused("status", "Only an approved document can be published; this one is still a"
                            + " draft");
                }
                yield status;
            }
        };
    }

    private static void requireDraft(State state, String what) {
        if (!state.pendingDraft()) {
            throw refused("version", "There is no draft to " + what + ": the current version is approved. Edit"
                    + " the document to make a new draft first");
        }
    }

    private static DocumentChangeRefused refused(String field, String message) {
        return new DocumentChangeRefused(field, message);
    }
}
