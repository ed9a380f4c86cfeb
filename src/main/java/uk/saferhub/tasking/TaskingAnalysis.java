package uk.saferhub.tasking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.crimedata.CrimeAnalysis;
import uk.saferhub.crimedata.CrimeQuery;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.intake.LocalItem;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.tasking.internal.AreaCrime;
import uk.saferhub.tasking.internal.LocalAnalysis;
import uk.saferhub.tasking.internal.LocalFigures;
import uk.saferhub.tasking.internal.LocalFigures.Cycle;
import uk.saferhub.tasking.internal.LocalItemSource;

/**
 * The local data analysis for a cycle of a tasking group: the reports and observations of every
 * {@link LocalItemSource} in the group's wards over its recent cycles, and data.police.uk crime in each of its
 * areas from the crime data held. Whoever may see the group sees it (council officers too: never intelligence).
 */
@Service
public class TaskingAnalysis {

    /** How many cycles are counted: the one analysed and the three before it. */
    public static final int CYCLES = 4;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int FIRST_CYCLE_WEEKS = 6;
    /** How many hot spots of each ranking the analysis lists. */
    public static final int HOTSPOTS = 5;

    private final Tasking tasking;
    private final Meetings meetings;
    private final Geography geography;
    private final List<LocalItemSource> sources;
    private final CrimeAnalysis crime;

    TaskingAnalysis(Tasking tasking, Meetings meetings, Geography geography, List<LocalItemSource> sources,
            CrimeAnalysis crime) {
        this.tasking = tasking;
        this.meetings = meetings;
        this.geography = geography;
        this.sources = List.copyOf(sources);
        this.crime = crime;
    }

    /**
     * The analysis of one meeting of the group (by default its next meeting, or its latest); a meeting of another
     * group, or none, is not found.
     */
    @Transactional(readOnly = true)
    public LocalAnalysis analysis(Actor actor, BodyId groupId, String meetingId) {
        Body group = tasking.group(actor, groupId);
        List<Meeting> held = tasking.cycles(actor, group).stream().filter(meeting -> !meeting.cancelled()).toList();
        Meeting meeting = meeting(actor, group, held, meetingId);
        List<Meeting> earlier = tasking.cyclesBetween(actor, group,
                meeting.start().toLocalDate().minusWeeks((long) FIRST_CYCLE_WEEKS * (CYCLES + 2)),
                meeting.start().toLocalDate().plusDays(1)).stream()
                .filter(other -> !other.cancelled() && other.start().isBefore(meeting.start()))
                .sorted(Comparator.comparing(Meeting::start)).toList();
        List<Cycle> cycles = cycles(earlier, meeting);
        Map<UUID, String> wards = wardsOf(group);
        List<LocalItem> items = new ArrayList<>();
        for (LocalItemSource source : sources) {
            items.addAll(source.items(wards.keySet(), cycles.getFirst().from(), cycles.getLast().to()));
        }
        LocalFigures figures = LocalFigures.of(cycles, items, wards);
        Cycle last = cycles.getLast();
        List<AreaCrime> crimes = crime(group, YearMonth.from(day(last.from())), YearMonth.from(day(last.to())),
                HOTSPOTS);
        return new LocalAnalysis(group, meeting, held, wards, figures, crimes, tasking.mayAddTo(actor, group));
    }

    /**
     * Recorded crime in each area of the group over the months from {@code from} to {@code to}, or, where those are
     * not held yet, the same number of months up to the latest held; areas without crime data are left out.
     */
    public List<AreaCrime> crime(Body group, YearMonth from, YearMonth to, int top) {
        List<AreaCrime> areas = new ArrayList<>();
        for (Place area : areasOf(group)) {
            Optional<CrimeQuery> latest = crime.resolve(area.id(), null, null, null, null);
            if (latest.isEmpty()) {
                continue;
            }
            YearMonth held = latest.get().to();
            boolean cycleHeld = !held.isBefore(to);
            YearMonth end = cycleHeld ? to : held;
            YearMonth start = end.minusMonths(Math.max(0, to.getYear() * 12L + to.getMonthValue()
                    - from.getYear() * 12L - from.getMonthValue()));
            CrimeQuery query = crime.resolve(area.id(), null, start, end, null).orElseThrow();
            areas.add(new AreaCrime(area, crime.summary(query), crime.hotspots(query, top), !cycleHeld));
        }
        return areas;
    }

    /** The areas of the group: the city areas whose names begin the area it covers. */
    public List<Place> areasOf(Body group) {
        String covered = group.areaCovered() == null ? "" : group.areaCovered();
        return geography.places(PlaceType.CITY_AREA).stream().filter(area -> covered.startsWith(area.name()))
                .sorted(Comparator.comparing(Place::name)).toList();
    }

    /** The wards of the group's area: the city areas whose names begin the area it covers, and their wards. */
    public Map<UUID, String> wardsOf(Body group) {
        Map<UUID, String> wards = new LinkedHashMap<>();
        areasOf(group).stream().flatMap(area -> geography.wardsWithin(area.id()).stream())
                .sorted(Comparator.comparing(Place::name))
                .forEach(ward -> wards.put(ward.id(), ward.name()));
        return wards;
    }

    /** The source of items of a kind (REPORT, OBSERVATION), when there is one. */
    public Optional<LocalItemSource> source(String source) {
        return sources.stream().filter(one -> one.source().equals(source)).findFirst();
    }

    private Meeting meeting(Actor actor, Body group, List<Meeting> held, String meetingId) {
        if (meetingId == null || meetingId.isBlank()) {
            LocalDate today = meetings.today();
            return held.stream().filter(meeting -> !meeting.start().toLocalDate().isBefore(today))
                    .min(Comparator.comparing(Meeting::start))
                    .or(() -> held.stream().max(Comparator.comparing(Meeting::start)))
                    .orElseThrow(() -> new RecordNotFoundException("meeting", group.id()));
        }
        UUID id;
        try {
            id = UUID.fromString(meetingId.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotFoundException("meeting", meetingId);
        }
        if (!tasking.isCycleOf(actor, group, id)) {
            throw new RecordNotFoundException("meeting", id);
        }
        Meeting meeting = meetings.meetingOnly(actor, id);
        if (meeting.cancelled()) {
            throw new RecordNotFoundException("meeting", id);
        }
        return meeting;
    }

    /**
     * The meeting and the three cycles before it, oldest first, each running from the meeting before (six weeks
     * before the first meeting recorded).
     */
    private static List<Cycle> cycles(List<Meeting> earlier, Meeting meeting) {
        List<Meeting> chain = new ArrayList<>(earlier.subList(Math.max(0, earlier.size() - CYCLES), earlier.size()));
        chain.add(meeting);
        List<Cycle> cycles = new ArrayList<>();
        for (int i = Math.max(0, chain.size() - CYCLES); i < chain.size(); i++) {
            Meeting one = chain.get(i);
            Instant from = i == 0 ? one.start().minusWeeks(FIRST_CYCLE_WEEKS).toInstant()
                    : chain.get(i - 1).start().toInstant();
            cycles.add(new Cycle(one.id(), one.start(), from, one.start().toInstant()));
        }
        // Cycles before the first meeting recorded are the six weeks of the cycle each (no meeting of their own).
        while (cycles.size() < CYCLES) {
            Cycle first = cycles.getFirst();
            ZonedDateTime end = first.from().atZone(LONDON);
            cycles.addFirst(new Cycle(null, end, end.minusWeeks(FIRST_CYCLE_WEEKS).toInstant(), first.from()));
        }
        return cycles;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(LONDON).toLocalDate();
    }
}
