package uk.saferhub.meetings.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.meetings.internal.ActionFilter;
import uk.saferhub.meetings.internal.ActionDetail;
import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.internal.MeetingsChangeRefused;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.internal.ScheduleChange;
import uk.saferhub.meetings.web.MeetingRequests.ActionRequest;
import uk.saferhub.meetings.web.MeetingRequests.AttendanceRequest;
import uk.saferhub.meetings.web.MeetingRequests.CadenceRequest;
import uk.saferhub.meetings.web.MeetingRequests.CancelRequest;
import uk.saferhub.meetings.web.MeetingRequests.DecisionRequest;
import uk.saferhub.meetings.web.MeetingRequests.ItemRequest;
import uk.saferhub.meetings.web.MeetingRequests.MeetingRequest;
import uk.saferhub.meetings.web.MeetingRequests.MoveRequest;
import uk.saferhub.meetings.web.MeetingRequests.UpdateRequest;
import uk.saferhub.meetings.web.MeetingResponse.ActionResponse;
import uk.saferhub.meetings.web.PeopleNames.Names;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageResponse;

/**
 * Meetings in the API: reads for every signed-in partner of the body, writes for coordinators of the body's
 * organisations. Exempt items appear only to the body's members.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Meetings", description = "Meetings of the partnership's bodies, their record and the action log")
class MeetingApiController {

    private final Meetings meetings;
    private final MeetingScheduler scheduler;
    private final MeetingRecorder recorder;
    private final PeopleNames names;

    MeetingApiController(Meetings meetings, MeetingScheduler scheduler, MeetingRecorder recorder, PeopleNames names) {
        this.meetings = meetings;
        this.scheduler = scheduler;
        this.recorder = recorder;
        this.names = names;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/bodies/{id}/meetings")
    @Operation(summary = "A body's meetings between two dates (by default the last three months and the next twelve)")
    List<MeetingResponse> meetingsOf(Actor actor, @PathVariable BodyId id,
            @Parameter(description = "First day, yyyy-mm-dd") @RequestParam(required = false) LocalDate from,
            @Parameter(description = "Last day, yyyy-mm-dd") @RequestParam(required = false) LocalDate to) {
        LocalDate first = from == null ? meetings.today().minusMonths(3) : from;
        LocalDate last = to == null ? meetings.today().plusMonths(12) : to;
        if (last.isBefore(first)) {
            throw new MeetingsChangeRefused("to", "meetings.api.to.beforeFrom");
        }
        return meetings.meetingsOf(actor, id, startOf(first), startOf(last.plusDays(1)))
                .stream().map(MeetingResponse::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting with its agenda, papers, attendance, decisions and actions")
    MeetingResponse meeting(Actor actor, @PathVariable UUID id) {
        return MeetingResponse.of(meetings.meeting(actor, id), names.people(actor), names.organisations(actor),
                meetings.today());
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/actions")
    @Operation(summary = "The action log of the bodies you may see, open actions first by due date")
    PageResponse<ActionResponse> actions(Actor actor,
            @Parameter(description = "open, overdue or closed; all when absent")
            @RequestParam(required = false) String status,
            @Parameter(description = "Only actions of this body") @RequestParam(required = false) UUID body,
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "25") int size) {
        if (page < 1 || size < 1 || size > 100) {
            throw new MeetingsChangeRefused(null, "meetings.api.page.range");
        }
        var all = meetings.actions(actor, new ActionFilter(status, body == null ? null : BodyId.of(body), null));
        Names people = names.people(actor);
        Names organisations = names.organisations(actor);
        int fromIndex = (int) Math.min((long) (page - 1) * size, all.size());
        int toIndex = Math.min(fromIndex + size, all.size());
        return PageResponse.of(all.subList(fromIndex, toIndex), page, size, all.size(),
                entry -> ActionResponse.of(entry.action(), entry.overdue(), people, organisations, null));
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/actions/{id}")
    @Operation(summary = "One action with its progress updates")
    ActionResponse action(Actor actor, @PathVariable UUID id) {
        ActionDetail detail = meetings.action(actor, id);
        return ActionResponse.of(detail.action(), detail.overdue(), names.people(actor), names.organisations(actor),
                detail.updates());
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PutMapping("/bodies/{id}/cadence")
    @Operation(summary = "Set a body's cadence; its coming meetings that were not held follow it")
    ScheduleChange setCadence(Actor actor, @PathVariable BodyId id, @RequestBody CadenceRequest request) {
        return scheduler.setCadence(actor, id, request.cadence());
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/bodies/{id}/meetings")
    @Operation(summary = "Add a meeting by hand")
    ResponseEntity<MeetingResponse> schedule(Actor actor, @PathVariable BodyId id,
            @RequestBody MeetingRequest request) {
        Meeting meeting = scheduler.schedule(actor, id, request.details());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
                .body(MeetingResponse.summary(meeting));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/move")
    @Operation(summary = "Move a coming meeting, with the reason")
    MeetingResponse move(Actor actor, @PathVariable UUID id, @RequestBody MoveRequest request) {
        return MeetingResponse.summary(scheduler.move(actor, id, request.start(), request.end(),
                request.location(), request.reason()));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/cancel")
    @Operation(summary = "Cancel a coming meeting, with the reason")
    MeetingResponse cancel(Actor actor, @PathVariable UUID id, @RequestBody CancelRequest request) {
        return MeetingResponse.summary(scheduler.cancel(actor, id, request.reason()));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/held")
    @Operation(summary = "Record that a meeting took place")
    MeetingResponse held(Actor actor, @PathVariable UUID id) {
        return MeetingResponse.summary(scheduler.markHeld(actor, id));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/agenda")
    @Operation(summary = "Add an agenda item, with its minutes when known")
    ResponseEntity<MeetingResponse> addItem(Actor actor, @PathVariable UUID id, @RequestBody ItemRequest request) {
        requireKnown(actor, id, null, request.presenterPersonId());
        recorder.saveItem(actor, id, null, request.details());
        return ResponseEntity.status(201).body(meeting(actor, id));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PutMapping("/meetings/{id}/agenda/{itemId}")
    @Operation(summary = "Change an agenda item or record its minutes")
    MeetingResponse changeItem(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
            @RequestBody ItemRequest request) {
        requireKnown(actor, id, null, request.presenterPersonId());
        recorder.saveItem(actor, id, itemId, request.details());
        return meeting(actor, id);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PutMapping("/meetings/{id}/attendance")
    @Operation(summary = "Record who was present, sent apologies or was absent (replaces the list)")
    MeetingResponse attendance(Actor actor, @PathVariable UUID id,
            @RequestBody List<AttendanceRequest> request) {
        if (request.stream().anyMatch(one -> one == null || one.personId() == null || one.status() == null)) {
            throw new MeetingsChangeRefused(null, "meetings.api.attendance.incomplete");
        }
        requireKnown(actor, id, null, request.stream()
                .flatMap(one -> java.util.stream.Stream.of(one.personId(), one.substituteFor())).toArray(UUID[]::new));
        recorder.recordAttendance(actor, id, request.stream()
                .map(one -> new Attendance(id, one.personId(), one.status(), one.substituteFor())).toList());
        return meeting(actor, id);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/decisions")
    @Operation(summary = "Record a decision of the meeting")
    ResponseEntity<MeetingResponse> decision(Actor actor, @PathVariable UUID id,
            @RequestBody DecisionRequest request) {
        recorder.recordDecision(actor, id, request.agendaItemId(), request.text());
        return ResponseEntity.status(201).body(meeting(actor, id));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/actions")
    @Operation(summary = "Record an action agreed at the meeting: an owner (person or organisation) and a due date")
    ResponseEntity<ActionResponse> addAction(Actor actor, @PathVariable UUID id,
            @RequestBody ActionRequest request) {
        requireKnown(actor, id, request.ownerOrganisationId(), request.ownerPersonId());
        MeetingAction action = recorder.recordAction(actor, id, request.details());
        return ResponseEntity.created(URI.create("/api/v1/actions/" + action.id())).body(action(actor, action.id()));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/actions/{id}/updates")
    @Operation(summary = "Add a progress note to an action and set its status (DONE or DROPPED closes it)")
    ActionResponse updateAction(Actor actor, @PathVariable UUID id, @RequestBody UpdateRequest request) {
        recorder.updateAction(actor, id, request.status(), request.note());
        return action(actor, id);
    }

    /**
     * Refuses (400) people and organisations the caller cannot see, which a form would never offer, once the meeting
     * itself is known to be visible (so a stranger to the body still gets 404, and the database no foreign-key error).
     */
    private void requireKnown(Actor actor, UUID meetingId, UUID organisation, UUID... people) {
        meetings.meetingOnly(actor, meetingId);
        Names visible = names.people(actor);
        for (UUID person : people) {
            if (person != null && !visible.knows(person)) {
                throw new MeetingsChangeRefused(null, "meetings.api.person.unknown", person.toString());
            }
        }
        if (organisation != null && !names.organisations(actor).knows(organisation)) {
            throw new MeetingsChangeRefused(null, "meetings.api.organisation.unknown",
                    organisation.toString());
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant();
    }
}
