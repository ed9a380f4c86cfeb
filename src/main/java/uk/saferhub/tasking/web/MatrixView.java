package uk.saferhub.tasking.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.TaskingMatrix;
import uk.saferhub.tasking.internal.CycleState;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.Rag;

/**
 * The matrix page's areas with each cell's words ready: a status or RAG name is looked up once a page, not once a
 * cell, and the template evaluates a few plain values per cell (with 50 priorities and 6 meetings a page has 350
 * cells).
 */
final class MatrixView {

    /** One cell: a state recorded (its status, and its RAG with the tag's colour when it has one), or none. */
    record Cell(boolean recorded, String status, String rag, String tag) {
    }

    record RowView(Priority priority, String owner, List<Cell> cells, Cell now, int openActions) {
    }

    record AreaView(Body group, List<Meeting> cycles, List<RowView> rows) {
    }

    private static final Cell NOT_RECORDED = new Cell(false, null, null, null);

    private MatrixView() {
    }

    static List<AreaView> of(List<TaskingMatrix.Area> areas, Map<UUID, String> organisationNames, PageWords words) {
        Map<PriorityStatus, String> statuses = new EnumMap<>(PriorityStatus.class);
        for (PriorityStatus status : PriorityStatus.values()) {
            statuses.put(status, words.text("tasking.status." + status));
        }
        Map<Rag, String> rags = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            rags.put(rag, words.text("tasking.rag." + rag));
        }
        List<AreaView> views = new ArrayList<>();
        for (TaskingMatrix.Area area : areas) {
            List<RowView> rows = new ArrayList<>();
            for (TaskingMatrix.Row row : area.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (Meeting cycle : area.cycles()) {
                    CycleState state = row.at(cycle);
                    cells.add(state == null ? NOT_RECORDED : cell(state.status(), state.rag(), statuses, rags));
                }
                Priority p = row.priority();
                rows.add(new RowView(p, organisationNames.get(p.owningOrganisationId()), cells,
                        cell(p.status(), p.rag(), statuses, rags), row.openActions()));
            }
            views.add(new AreaView(area.group(), area.cycles(), rows));
        }
        return views;
    }

    private static Cell cell(PriorityStatus status, Rag rag, Map<PriorityStatus, String> statuses,
            Map<Rag, String> rags) {
        return new Cell(true, statuses.get(status), rag == null ? null : rags.get(rag), rag == null ? null : tag(rag));
    }

    private static String tag(Rag rag) {
        return switch (rag.name()) {
            case "RED" -> "govuk-tag--red";
            case "AMBER" -> "govuk-tag--yellow";
            default -> "govuk-tag--green";
        };
    }
}
