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
 * refusal says why in words a council officer would use (a message of {@code messages/documents.properties}); nothing
 * here touches the database.
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

    /** Why the step would be refused now, if it would: the refusal, whose words a page reads from the messages. */
    public static java.util.Optional<DocumentChangeRefused> refusal(State state, DocumentStep step) {
        try {
            after(state, step, null);
            return java.util.Optional.empty();
        } catch (DocumentChangeRefused refused) {
            return java.util.Optional.of(refused);
        }
    }

    /** The status after the step, or a refusal naming why the step is not allowed now. */
    public static DocumentStatus after(State state, DocumentStep step, ReviewOutcome outcome) {
        DocumentStatus status = state.status();
        if (status.ended()) {
            throw refused("status", "documents.refused.lifecycle.ended", status.label().toLowerCase());
        }
        return switch (step) {
            case EDIT_DRAFT -> switch (status) {
                case DRAFT -> DRAFT;
                case IN_CONSULTATION -> state.approvedVersion() ? UNDER_REVIEW : DRAFT;
                default -> UNDER_REVIEW;
            };
            case CONSULT -> {
                requireDraft(state, "documents.refused.lifecycle.noDraft.consult");
                yield IN_CONSULTATION;
            }
            case CIRCULATE -> {
                requireDraft(state, "documents.refused.lifecycle.noDraft.circulate");
                yield status;
            }
            case APPROVE -> {
                if (!state.pendingDraft()) {
                    throw refused("version", "documents.refused.lifecycle.alreadyApproved");
                }
                yield APPROVED;
            }
            case BRING_INTO_FORCE -> {
                if (status != APPROVED) {
                    throw refused("status", "documents.refused.lifecycle.inForce", status.label().toLowerCase());
                }
                yield IN_FORCE;
            }
            case RECORD_REVIEW -> {
                if (!state.approvedVersion() || status == DRAFT || status == IN_CONSULTATION && !state.inForce()) {
                    throw refused("outcome", "documents.refused.lifecycle.review");
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
                    throw refused("status", "documents.refused.lifecycle.supersede");
                }
                yield SUPERSEDED;
            }
            case PUBLISH -> {
                if (!state.approvedVersion()) {
                    throw refused("status", "documents.refused.lifecycle.publish");
                }
                yield status;
            }
        };
    }

    /** Refused, in the words of the message {@code key}, unless the newest version is a draft not yet approved. */
    private static void requireDraft(State state, String key) {
        if (!state.pendingDraft()) {
            throw refused("version", key);
        }
    }

    private static DocumentChangeRefused refused(String field, String key, Object... arguments) {
        return new DocumentChangeRefused(field, key, arguments);
    }

}
