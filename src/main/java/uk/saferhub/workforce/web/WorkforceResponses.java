package uk.saferhub.workforce.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.workforce.internal.ActiveAttachment;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.FundingScheme;
import uk.saferhub.workforce.internal.PatrolAttachment;
import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.PcsoStatus;

/** What the workforce API answers and accepts. */
final class WorkforceResponses {

    private WorkforceResponses() {
    }

    /** A PCSO; {@code attachments} only on the PCSO's own resource (null in lists). */
    record PcsoResponse(UUID id, String name, String collarNumber, UUID forceId, String forceName, UUID teamId,
            String teamName, UUID supervisorId, UUID personId, UUID schemeId, String schemeName,
            LocalDate startDate, PcsoStatus status, List<AttachmentResponse> attachments) {

        static PcsoResponse summary(Pcso pcso, WorkforceNames.Lookup names) {
            return of(pcso, names, null);
        }

        static PcsoResponse of(Pcso pcso, WorkforceNames.Lookup names, List<AttachmentResponse> attachments) {
            return new PcsoResponse(pcso.id(), pcso.name(), pcso.collarNumber(), pcso.forceId(),
                    names.organisation(pcso.forceId()), pcso.teamId(), names.organisation(pcso.teamId()),
                    pcso.supervisorId(), pcso.personId(), pcso.schemeId(), names.scheme(pcso.schemeId()),
                    pcso.startDate(), pcso.status(), attachments);
        }
    }

    /** One attachment of a PCSO to a ward, with whether it holds today. */
    record AttachmentResponse(UUID id, UUID wardId, String wardCode, String wardName, AttachmentRole role,
            LocalDate from, LocalDate to, boolean current) {

        static AttachmentResponse of(PatrolAttachment attachment, WorkforceNames.Lookup names, LocalDate today) {
            return new AttachmentResponse(attachment.id(), attachment.wardId(), names.wardCode(attachment.wardId()),
                    names.ward(attachment.wardId()), attachment.role(), attachment.from(), attachment.to(),
                    attachment.holdsOn(today));
        }
    }

    /** A ward a PCSO of the scheme covers today. */
    record CoveredWard(UUID pcsoId, String pcsoName, UUID wardId, String wardCode, String wardName,
            AttachmentRole role) {

        static CoveredWard of(ActiveAttachment attachment, WorkforceNames.Lookup names) {
            return new CoveredWard(attachment.pcsoId(), attachment.pcsoName(), attachment.wardId(),
                    names.wardCode(attachment.wardId()), names.ward(attachment.wardId()), attachment.role());
        }
    }

    /**
     * A funding scheme; {@code pcsos} and {@code wardsToday} only on the scheme's own resource (null in lists).
     *
     * @param costToFunder posts × cost of a post × share, or posts × amount a post; null when not known
     */
    record SchemeResponse(UUID id, String name, UUID funderId, String funderName, BigDecimal sharePercent,
            BigDecimal shareAmount, int posts, BigDecimal costPerPost, BigDecimal costToFunder, LocalDate periodFrom,
            LocalDate periodTo, String conditions, HandlingLevel handlingLevel, List<PcsoResponse> pcsos,
            List<CoveredWard> wardsToday) {

        static SchemeResponse summary(FundingScheme scheme, WorkforceNames.Lookup names) {
            return of(scheme, names, null, null);
        }

        static SchemeResponse of(FundingScheme scheme, WorkforceNames.Lookup names, List<PcsoResponse> pcsos,
                List<CoveredWard> wardsToday) {
            return new SchemeResponse(scheme.id(), scheme.name(), scheme.funderId(),
                    names.organisation(scheme.funderId()), scheme.sharePercent(), scheme.shareAmount(),
                    scheme.posts(), scheme.costPerPost(), scheme.costToFunder().orElse(null), scheme.periodFrom(),
                    scheme.periodTo(), scheme.conditions(), scheme.handlingLevel(), pcsos, wardsToday);
        }
    }

    /** Attaches a PCSO to wards: ward ids, role (DESIGNATED when left out), from and optionally to. */
    record AttachmentRequest(List<UUID> wardIds, AttachmentRole role, LocalDate from, LocalDate to) {
    }
}
