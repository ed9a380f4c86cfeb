package uk.saferhub.tasking;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.intake.LocalItem;
import uk.saferhub.intake.ObservationFigures;
import uk.saferhub.intake.Observations;
import uk.saferhub.intake.ReportFigures;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.internal.Category;
import uk.saferhub.tasking.internal.EvidenceStore;
import uk.saferhub.tasking.internal.LocalAnalysis;
import uk.saferhub.tasking.internal.LocalFigures.Row;
import uk.saferhub.tasking.internal.LocalFigures.TopLocation;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStatus;

/**
 * Proposing a priority in one step from the local data analysis: a category or a top location of the cycle becomes a
 * PROPOSED priority of the group through {@link TaskingEditor}, its reports and observations linked as its evidence.
 */
@Service
public class TaskingProposals {

    public static final String CATEGORY = "CATEGORY";
    public static final String LOCATION = "LOCATION";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final TaskingAnalysis analyses;
    private final Tasking tasking;
    private final TaskingEditor editor;
    private final EvidenceStore evidence;
    private final PageWords words;
    private final ReportFigures reports;
    private final Observations observations;

    TaskingProposals(TaskingAnalysis analyses, Tasking tasking, TaskingEditor editor, EvidenceStore evidence,
            PageWords words, ReportFigures reports, Observations observations) {
        this.reports = reports;
        this.observations = observations;
        this.analyses = analyses;
        this.tasking = tasking;
        this.editor = editor;
        this.evidence = evidence;
        this.words = words;
    }

    /** The tasking category an item's category is proposed as (Graffiti as Graffiti, Abandoned vehicle as ...s). */
    public Optional<Category> categoryFor(String itemCategory) {
        String wanted = itemCategory.toLowerCase(Locale.ROOT);
        List<Category> current = tasking.categories().stream().filter(category -> !category.retired()).toList();
        return current.stream().filter(category -> category.name().equalsIgnoreCase(wanted)).findFirst()
                .or(() -> current.stream().filter(category -> {
                    String name = category.name().toLowerCase(Locale.ROOT);
                    return name.startsWith(wanted) || wanted.startsWith(name);
                }).findFirst());
    }

    /** Adds the proposed priority for a category ({@link #CATEGORY}) or top location ({@link #LOCATION}). */
    @Transactional
    public Priority propose(Actor actor, BodyId groupId, String meetingId, String kind, String key) {
        LocalAnalysis analysis = analyses.analysis(actor, groupId, meetingId);
        if (!analysis.mayPropose()) {
            throw new RecordNotFoundException("tasking-group", groupId);
        }
        String cycle = analysis.meeting().start().format(DAY);
        PriorityDetails details;
        List<LocalItem> items;
        if (LOCATION.equals(kind)) {
            TopLocation top = analysis.figures().top().stream().filter(one -> one.key().equals(key)).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("tasking-analysis-location", key));
            items = top.items();
            Category category = category(top.category());
            String where = top.location() != null ? top.location()
                    : words.text("analysis.point", top.latitude(), top.longitude());
            String title = cut(words.text("analysis.propose.title.location", category.name(), cut(where, 120), cycle));
            details = details(actor, analysis, category, title, top.wardId() == null ? List.of()
                    : List.of(top.wardId()), cut(where, 300), top.latitude(), top.longitude(),
                    words.text("analysis.propose.problem.location", top.count(), top.category(), where, cycle),
                    items);
        } else if (CATEGORY.equals(kind)) {
            Row row = analysis.figures().categories().stream().filter(one -> one.key().equals(key)).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("tasking-analysis-category", key));
            items = analysis.figures().itemsOfCategory(key);
            if (items.isEmpty()) {
                throw new RecordNotFoundException("tasking-analysis-category", key);
            }
            Category category = category(row.label());
            List<UUID> wards = new ArrayList<>(items.stream().map(LocalItem::wardId).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            String title = cut(words.text("analysis.propose.title.category", category.name(),
                    analysis.group().areaCovered(), cycle));
            details = details(actor, analysis, category, title, wards, null, null, null,
                    words.text("analysis.propose.problem.category", row.latest(), row.label(),
                            analysis.group().areaCovered(), cycle, row.previous()), items);
        } else {
            throw new RecordNotFoundException("tasking-analysis", kind);
        }
        Priority priority = editor.addPriority(actor, groupId, details);
        items.forEach(item -> evidence.link(priority.id(), item.source(), item.id()));
        return priority;
    }

    /**
     * The reports and observations a priority the caller has shown the actor was proposed on, each a link only where
     * the actor may open the item.
     */
    @Transactional(readOnly = true)
    public List<EvidenceLink> evidenceOf(Actor actor, UUID priorityId) {
        List<EvidenceLink> links = new ArrayList<>();
        evidence.of(priorityId).stream().collect(Collectors.groupingBy(EvidenceStore.Link::source,
                java.util.TreeMap::new, Collectors.mapping(EvidenceStore.Link::itemId, Collectors.toList())))
                .forEach((source, ids) -> analyses.source(source).ifPresentOrElse(
                        found -> found.items(ids).forEach(item -> links.add(new EvidenceLink(source, item.id(),
                                label(item),
                                found.href(actor, item.id()).orElse(null)))),
                        () -> ids.forEach(id -> links.add(new EvidenceLink(source, id,
                                words.text("analysis.evidence." + source, shortId(id)), null)))));
        // Reports linked on the intake queue and observations linked by their recorders (intelligence for the police).
        List<LocalItem> linked = new ArrayList<>(reports.linkedTo(priorityId));
        linked.addAll(observations.linkedTo(actor, priorityId));
        for (LocalItem item : linked) {
            if (links.stream().noneMatch(link -> link.id().equals(item.id()) && link.source().equals(item.source()))) {
                links.add(new EvidenceLink(item.source(), item.id(), label(item), href(actor, item)));
            }
        }
        return links;
    }

    private String href(Actor actor, LocalItem item) {
        if (item.source().equals(ObservationFigures.INTELLIGENCE)) {
            return "/observations/" + item.id();
        }
        return analyses.source(item.source()).flatMap(found -> found.href(actor, item.id())).orElse(null);
    }

    /** An observation's id is long: its first eight characters name it well enough in words. */
    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 8) : id;
    }

    /** A linked report or observation: how it reads, and where it opens (null when the reader may not open it). */
    public record EvidenceLink(String source, String id, String label, String href) {
    }

    private String label(LocalItem item) {
        String day = item.at().atZone(java.time.ZoneId.of("Europe/London")).format(DAY);
        String name = words.text("analysis.evidence." + item.source(), shortId(item.id()));
        return item.location() == null || item.location().isBlank()
                ? words.text("analysis.evidence.labelNoPlace", name, item.category(), day)
                : words.text("analysis.evidence.label", name, item.category(), item.location(), day);
    }

    private Category category(String itemCategory) {
        return categoryFor(itemCategory)
                .orElseThrow(() -> new RecordNotFoundException("tasking-category", itemCategory));
    }

    private PriorityDetails details(Actor actor, LocalAnalysis analysis, Category category, String title,
            List<UUID> wards, String location, Double latitude, Double longitude, String problem,
            List<LocalItem> items) {
        String numbers = items.stream()
                .map(item -> words.text("analysis.evidence." + item.source(), shortId(item.id())))
                .collect(Collectors.joining(", "));
        String evidenceText = cut(words.text("analysis.propose.evidence", items.size(),
                analysis.meeting().start().format(DAY), numbers), 4000);
        return new PriorityDetails(category.id(), title, wards, location, latitude, longitude, problem, evidenceText,
                actor.organisationId(), null, List.of(), analysis.meeting().id(), null, PriorityStatus.PROPOSED, null,
                null, null, HandlingLevel.PARTNERSHIP);
    }

    private static String cut(String text) {
        return cut(text, 200);
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1).strip() + "…";
    }
}
