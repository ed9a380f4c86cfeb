package uk.saferhub.plans.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingLinks;
import uk.saferhub.plans.Plans;
import uk.saferhub.plans.Variation;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;

/** A Panel agenda item reviewing a draft Plan or variation links to the draft, for whoever may see the draft. */
@Component
class PlanMeetingLinks implements MeetingLinks {

    private final Plans plans;
    private final PageWords words;

    PlanMeetingLinks(Plans plans, PageWords words) {
        this.plans = plans;
        this.words = words;
    }

    @Override
    public List<MeetingLink> forMeeting(Actor actor, Meeting meeting) {
        return List.of();
    }

    @Override
    public Optional<MeetingLink> linkedRecord(Actor actor, String recordType, String recordId) {
        if (!Variation.RECORD_TYPE.equals(recordType)) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(recordId);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        if (!plans.visibleWithoutAudit(actor, Variation.RECORD_TYPE, id)) {
            return Optional.empty();
        }
        return Optional.of(new MeetingLink(words.text("plans.link.heading"), "/variations/" + id,
                words.text("plans.link.label"), null));
    }
}
