package uk.saferhub.tasking.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.TaskingAnalysis;
import uk.saferhub.tasking.TaskingProposals;
import uk.saferhub.tasking.internal.LocalAnalysis;
import uk.saferhub.tasking.internal.LocalFigures.Row;
import uk.saferhub.tasking.internal.LocalFigures.TopLocation;
import uk.saferhub.tasking.internal.Priority;

/**
 * The local data analysis of a tasking group's cycle: readers who may see the group (council officers too; it never
 * holds intelligence). Proposing a priority from it: contributors who may add priorities to the group.
 */
@Controller
class AnalysisController {

    /** A refusal of the priority proposed names one of its fields; the form has none of them: shown for the page. */
    private static final Map<String, String> PRIORITY_FIELDS = Map.ofEntries(Map.entry("categoryId", ""),
            Map.entry("title", ""), Map.entry("problem", ""), Map.entry("locationText", ""), Map.entry("latitude", ""),
            Map.entry("placeIds", ""), Map.entry("evidence", ""), Map.entry("ownerOrganisationId", ""),
            Map.entry("leadPersonId", ""), Map.entry("partnerOrganisationIds", ""), Map.entry("status", ""),
            Map.entry("startedMeetingId", ""), Map.entry("targetOutcome", ""), Map.entry("ragReason", ""),
            Map.entry("outcome", ""), Map.entry("handlingLevel", ""));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final TaskingAnalysis analyses;
    private final TaskingProposals proposals;
    private final AnalysisMap map;
    private final FormPost post;
    private final PageWords words;

    AnalysisController(TaskingAnalysis analyses, TaskingProposals proposals, AnalysisMap map, FormPost post,
            PageWords words) {
        this.analyses = analyses;
        this.proposals = proposals;
        this.map = map;
        this.post = post;
        this.words = words;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/groups/{bodyId}/analysis")
    String analysis(Actor actor, @PathVariable UUID bodyId, @RequestParam(required = false) String meeting,
            Model model) {
        model.addAttribute("analysisProposalForm", new AnalysisProposalForm(meeting, null, null));
        return page(model, analyses.analysis(actor, BodyId.of(bodyId), meeting));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/tasking/groups/{bodyId}/analysis/propose")
    String propose(Actor actor, @PathVariable UUID bodyId,
            @Valid @ModelAttribute("analysisProposalForm") AnalysisProposalForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        LocalAnalysis analysis = analyses.analysis(actor, BodyId.of(bodyId), form.meeting());
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, PRIORITY_FIELDS, () -> {
            Priority added = proposals.propose(actor, BodyId.of(bodyId), form.meeting(), form.kind(), form.key());
            return Done.redirect("/tasking/priorities/" + added.id(), "analysis.proposed", added.title());
        }, () -> page(model, analysis));
    }

    private String page(Model model, LocalAnalysis analysis) {
        model.addAttribute("analysis", analysis);
        model.addAttribute("group", analysis.group());
        model.addAttribute("meetingDay", analysis.meeting().start().format(DAY));
        model.addAttribute("cycleDays", analysis.figures().cycles().stream()
                .map(cycle -> cycle.start().format(DAY)).toList());
        model.addAttribute("meetings", analysis.meetings().stream()
                .map(one -> Option.of(one.id(), one.start().format(DAY))).toList());
        model.addAttribute("map", map.draw(analysis));
        model.addAttribute("categoryChanges", changes(analysis.figures().categories()));
        model.addAttribute("wardChanges", changes(analysis.figures().wards()));
        List<String> labels = new ArrayList<>();
        List<Boolean> proposable = new ArrayList<>();
        for (TopLocation top : analysis.figures().top()) {
            labels.add(map.label(top));
            proposable.add(proposals.categoryFor(top.category()).isPresent());
        }
        model.addAttribute("topLabels", labels);
        model.addAttribute("topProposable", proposable);
        model.addAttribute("categoryProposable", analysis.figures().categories().stream()
                .map(row -> row.latest() > 0 && proposals.categoryFor(row.label()).isPresent()).toList());
        return "tasking/analysis";
    }

    /** Each row's change against the previous cycle in plain words. */
    private List<String> changes(List<Row> rows) {
        return rows.stream().map(this::change).toList();
    }

    private String change(Row row) {
        if (row.change() == 0) {
            return words.text("analysis.change.same");
        }
        if (row.percent() == null) {
            return words.text("analysis.change.new", row.change());
        }
        return words.text(row.change() > 0 ? "analysis.change.up" : "analysis.change.down", Math.abs(row.change()),
                row.percent());
    }
}
