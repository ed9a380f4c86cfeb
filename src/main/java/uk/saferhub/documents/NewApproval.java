package uk.saferhub.documents;

import java.time.LocalDate;
import java.util.UUID;

import uk.saferhub.partnership.BodyId;

/**
 * An approval to record: by the body named, either at one of its meetings (the decision is recorded there, or an
 * existing decision of that meeting is named) or by a delegated decision naming the decision-maker and date.
 */
public record NewApproval(BodyId bodyId, UUID meetingId, UUID decisionId, String delegatedTo, LocalDate decidedOn) {

    public static NewApproval atMeeting(UUID meetingId) {
        return new NewApproval(null, meetingId, null, null, null);
    }

    public static NewApproval delegated(BodyId bodyId, String decisionMaker, LocalDate decidedOn) {
        return new NewApproval(bodyId, null, null, decisionMaker, decidedOn);
    }
}
