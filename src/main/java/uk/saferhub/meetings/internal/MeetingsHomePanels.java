package uk.saferhub.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.RecentChanges;
import uk.saferhub.meetings.MeetingStatus;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.DisplayTime;
import uk.saferhub.shared.web.HomeContributor;
import uk.saferhub.shared.web.HomeItem;
import uk.saferhub.shared.web.HomePanel;
import uk.saferhub.shared.web.PageWords;

/**
 * The signed-in person's meetings work on the home page: their overdue and other open actions (theirs or their
 * organisation's), the next eight weeks' meetings of the bodies they sit on, and what others changed in those bodies
 * and their meetings since the person last signed in (or in the last fortnight). Only bodies the person may see are
 * asked about, and an exempt item's action only of a body they sit on, so every link opens.
 */
@Component
class MeetingsHomePanels implements HomeContributor {

    static final int LIMIT = 6;
    static final int WEEKS_AHEAD = 8;
    static final int DAYS_BACK = 14;

    private final HomeWorkStore store;
    private final Partnership partnership;
    private final Meetings meetings;
    private final AuditTrail audit;
    private final PageWords words;

    MeetingsHomePanels(HomeWorkStore store, Partnership partnership, Meetings meetings, AuditTrail audit,
            PageWords words) {
        this.words = words;
        this.store = store;
        this.partnership = partnership;
        this.meetings = meetings;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HomePanel> homePanels(Actor actor) {
        LocalDate today = meetings.today();
        Map<UUID, String> visible = partnership.bodies(actor).stream()
                .collect(Collectors.toMap(body -> body.id().value(), Body::name, (a, b) -> a, LinkedHashMap::new));
        List<UUID> seats = actor.personId() == null ? List.of() : partnership.seatsOf(actor, actor.personId()).stream()
                .filter(seat -> seat.currentOn(today)).map(Membership::bodyId).map(id -> id.value())
                .filter(visible::containsKey).distinct().toList();
        List<UUID> bodies = List.copyOf(visible.keySet());
        String ownerFilter = "/actions?owner=" + (actor.personId() != null ? actor.personId() : actor.organisationId());
        List<HomePanel> panels = new ArrayList<>();
        panels.add(actions(10, "home.actions.overdue", ownerFilter + "&status=overdue",
                store.openActions(actor.personId(), actor.organisationId(), bodies, seats, LocalDate.of(1, 1, 1),
                        today, LIMIT), visible, true));
        panels.add(actions(20, "home.actions.open", ownerFilter + "&status=open",
                store.openActions(actor.personId(), actor.organisationId(), bodies, seats, today,
                        LocalDate.of(9999, 12, 31), LIMIT), visible, false));
        panels.add(nextMeetings(seats, visible, today));
        panels.add(changes(actor, seats, visible));
        return panels;
    }

    private HomePanel actions(int order, String key, String seeAll, List<HomeWorkStore.OwnAction> found,
            Map<UUID, String> bodies, boolean overdue) {
        List<HomeItem> items = found.stream().map(action -> new HomeItem(
                        words.text("home.action.text", String.valueOf(action.number()),
                                shortened(action.description())),
                        "/actions/" + action.id(),
                        words.text("home.action.detail", bodies.get(action.bodyId()),
                                DisplayTime.dateOf(action.meetingStart())),
                        "home.due", day(action.due()),
                        overdue ? "home.tag.overdue" : "meetings.actionStatus." + action.status().name(),
                        overdue ? "red" : action.status() == ActionStatus.IN_PROGRESS ? "blue" : "grey"))
                .toList();
        return new HomePanel(order, key + ".heading", null, total(found, HomeWorkStore.OwnAction::total), items,
                key + ".empty", "home.actions.seeAll", seeAll);
    }

    private HomePanel nextMeetings(List<UUID> seats, Map<UUID, String> bodies, LocalDate today) {
        Instant now = today.atStartOfDay(MeetingStore.LONDON).toInstant();
        Instant until = today.plusWeeks(WEEKS_AHEAD).atStartOfDay(MeetingStore.LONDON).toInstant();
        List<HomeWorkStore.NextMeeting> found = store.meetingsOf(seats, now, until, LIMIT);
        List<HomeItem> items = found.stream().map(meeting -> new HomeItem(
                        bodies.get(meeting.bodyId()), "/meetings/" + meeting.id(),
                        meeting.title().equals(bodies.get(meeting.bodyId())) ? null : meeting.title(),
                        "home.when", DisplayTime.of(meeting.start(), ""),
                        meeting.status() == MeetingStatus.CANCELLED ? "home.tag.cancelled" : null, "grey"))
                .toList();
        return new HomePanel(30, "home.meetings.heading", null, total(found, HomeWorkStore.NextMeeting::total),
                items, seats.isEmpty() ? "home.meetings.noSeats" : "home.meetings.empty", "home.meetings.seeAll",
                "/meetings");
    }

    private HomePanel changes(Actor actor, List<UUID> seats, Map<UUID, String> bodies) {
        Instant since = audit.previousSignIn(actor.id())
                .orElse(meetings.today().minusDays(DAYS_BACK).atStartOfDay(MeetingStore.LONDON).toInstant());
        Map<String, List<String>> ids = new HashMap<>();
        Map<String, String> hrefs = new HashMap<>();
        for (HomeWorkStore.Named named : store.recordsOf(seats)) {
            ids.computeIfAbsent(named.type(), type -> new ArrayList<>()).add(named.id());
            hrefs.put(named.type() + "/" + named.id(), named.href());
        }
        for (UUID body : seats) {
            String href = "/partnership/bodies/" + body;
            for (String type : Set.of("meeting", "meeting-cadence", "body", "body-governance")) {
                ids.computeIfAbsent(type, t -> new ArrayList<>()).add(body.toString());
                hrefs.put(type + "/" + body, href);
            }
        }
        RecentChanges recent = audit.changesTo(ids, since, actor.id(), LIMIT);
        List<HomeItem> items = recent.latest().stream().map(change -> new HomeItem(change.summary(),
                        hrefs.get(change.recordType() + "/" + change.recordId()),
                        words.text("home.changedBy", change.actorName()), "home.changedOn",
                        DisplayTime.of(change.occurredAt(), ""), null, null))
                .toList();
        return new HomePanel(60, "home.changes.bodies.heading", DisplayTime.dateOf(since), recent.total(), items,
                seats.isEmpty() ? "home.meetings.noSeats" : "home.changes.bodies.empty", null, null);
    }

    private static <T> int total(List<T> found, java.util.function.ToIntFunction<T> total) {
        return found.isEmpty() ? 0 : total.applyAsInt(found.getFirst());
    }

    private static String shortened(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() <= 120 ? one : one.substring(0, 117).strip() + "…";
    }

    private static String day(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(date);
    }
}
