package uk.saferhub.meetings.web;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.meetings.internal.MeetingView;
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

    MeetingRecordController(Meetings meetings, MeetingRecording pages, PeopleNames names, MeetingsText text,
            Clock clock) {
        this.meetings = meetings;
        this.pages = pages;
        this.names = names;
        this.text = text;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/meetings/{id}")
    String meeting(Actor actor, @PathVariable UUID id, Model model) {
        MeetingView view = meetings.meeting(actor, id);
        model.addAttribute("page", MeetingPage.of(view, names.people(actor), names.organisations(actor), text,
                meetings.today(), clock.instant()));
        model.addAttribute("caption", pages.caption(view));
        return "meetings/meeting";
    }
}
