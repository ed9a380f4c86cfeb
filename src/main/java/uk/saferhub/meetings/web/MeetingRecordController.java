package uk.saferhub.meetings.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.meetings.internal.MeetingView;
import uk.saferhub.meetings.MeetingLinks;
import uk.saferhub.meetings.MeetingLinks.MeetingLink;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.shared.access.Actor;

/** A meeting's page: when and where, its agenda with minutes, papers, attendance, decisions and actions. */
@Controller
class MeetingRecordController {

    private final Meetings meetings;
    private final MeetingRecording pages;
    private final PeopleNames names;
    private final MeetingsText text;
    private final Clock clock;
    private final ObjectProvider<MeetingLinks> links;

    MeetingRecordController(Meetings meetings, MeetingRecording pages, PeopleNames names, MeetingsText text,
            Clock clock, ObjectProvider<MeetingLinks> links) {
        this.meetings = meetings;
        this.pages = pages;
        this.names = names;
        this.text = text;
        this.clock = clock;
        this.links = links;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/meetings/{id}")
    String meeting(Actor actor, @PathVariable UUID id, Model model) {
        MeetingView view = meetings.meeting(actor, id);
        model.addAttribute("page", MeetingPage.of(view, names.people(actor), names.organisations(actor), text,
                meetings.today(), clock.instant()));
        model.addAttribute("caption", pages.caption(view));
        // Other modules' records of this meeting, and the records agenda items link to, as far as the actor may see.
        List<MeetingLink> ofMeeting = new ArrayList<>();
        Map<UUID, MeetingLink> linked = new HashMap<>();
        links.orderedStream().forEach(module -> {
            ofMeeting.addAll(module.forMeeting(actor, view.meeting()));
            view.agenda().stream().filter(item -> item.linkedRecordType() != null && item.linkedRecordId() != null)
                    .forEach(item -> module.linkedRecord(actor, item.linkedRecordType(), item.linkedRecordId())
                            .ifPresent(link -> linked.put(item.id(), link)));
        });
        model.addAttribute("meetingLinks", ofMeeting);
        model.addAttribute("linkedRecords", linked);
        return "meetings/meeting";
    }
}
