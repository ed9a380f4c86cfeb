package uk.saferhub.meetings.web;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.meetings.MeetingView;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/** A meeting's page: when and where, its agenda with minutes, papers, attendance, decisions and actions. */
@Controller
class MeetingRecordController {

    private final Meetings meetings;
    private final PeopleNames names;
    private final Clock clock;

    MeetingRecordController(Meetings meetings, PeopleNames names, Clock clock) {
        this.meetings = meetings;
        this.names = names;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        MeetingView view = meetings.meeting(actor, id);
        model.addAttribute("page", MeetingPage.of(view, names.people(actor), names.organisations(actor),
                meetings.today(), clock.instant()));
        model.addAttribute("caption", MeetingRecording.caption(view));
        return "meetings/meeting";
    }
}
