package uk.saferhub.partnership.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;

/** Bodies' governance arrangements: read, and recorded (audited) by those who may change the body. */
@Service
public class BodyGovernance {

    private final EditableBodies editable;
    private final StructureStore structure;
    private final AuditTrail audit;

    BodyGovernance(EditableBodies editable, StructureStore structure, AuditTrail audit) {
        this.editable = editable;
        this.structure = structure;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<Governance> of(BodyId body) {
        return structure.governance(body);
    }

    /** Governance arrangements of every body that has them, by body id. */
    @Transactional(readOnly = true)
    public Map<UUID, Governance> byBody() {
        return structure.governance();
    }

    @Transactional
    public void save(Actor actor, BodyId id, Governance governance) {
        Body body = editable.editable(actor, id);
        Governance before = structure.governance(id).orElse(new Governance(null, null, null, null, null));
        structure.saveGovernance(id, governance);
        audit.recordChange(AuditAction.UPDATE, "body-governance", id,
                "Governance arrangements of " + body.name() + " recorded",
                Changes.none().field("termsOfReference", before.termsOfReference(), governance.termsOfReference())
                        .field("chairPersonId", before.chairPersonId(), governance.chairPersonId())
                        .field("quorum", before.quorum(), governance.quorum())
                        .field("meetingFrequency", before.meetingFrequency(), governance.meetingFrequency())
                        .field("lastReviewed", before.lastReviewed(), governance.lastReviewed()));
    }
}
