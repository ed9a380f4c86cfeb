package uk.saferhub.intake.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
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

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.intake.Observations;
import uk.saferhub.intake.PriorityChoices;
import uk.saferhub.intake.internal.Grading;
import uk.saferhub.intake.internal.Observation;
import uk.saferhub.intake.internal.ObservationKind;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;

/**
 * PCSOs' observations and intelligence. The list and each record: readers and above who may see them (a council
 * reader sees quality-of-life observations of its partners, never intelligence, which is answered as absent). The
 * short form (phone width first, no JavaScript) and linking to a priority: contributors of a police organisation.
 */
@Controller
class ObservationController {

    /** How far back the list goes. */
    private static final Duration LISTED = Duration.ofDays(183);
    private static final int LIMIT = 200;

    private final Observations observations;
    private final PriorityChoices priorities;
    private final Geography geography;
    private final FormPost post;
    private final PageWords words;
    private final Clock clock;

    ObservationController(Observations observations, PriorityChoices priorities, Geography geography, FormPost post,
            PageWords words, Clock clock) {
        this.observations = observations;
        this.priorities = priorities;
        this.geography = geography;
        this.post = post;
        this.words = words;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/observations")
    String list(Actor actor, @RequestParam(required = false) String kind, Model model) {
        ObservationKind chosen = Arrays.stream(ObservationKind.values()).filter(one -> one.name().equals(kind))
                .findFirst().orElse(null);
        List<Observation> found = observations.list(actor, chosen, clock.instant().minus(LISTED), LIMIT);
        model.addAttribute("observations", found);
        model.addAttribute("wardNames", wardNames(found));
        model.addAttribute("kind", chosen == null ? "" : chosen.name());
        model.addAttribute("kinds", actor.police() ? kinds() : List.of());
        model.addAttribute("mayRecord", Observations.mayRecord(actor));
        model.addAttribute("limit", LIMIT);
        return "intake/observations";
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/observations/new")
    String form(Actor actor, @RequestParam(required = false) UUID priority, Model model) {
        requireRecorder(actor);
        UUID linked = priority == null ? null
                : priorities.find(actor, priority).map(choice -> choice.id()).orElse(null);
        model.addAttribute("observationForm",
                ObservationForm.at(clock.instant().atZone(ObservationForm.LONDON), linked));
        return formPage(actor, model);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/observations")
    String record(Actor actor, @Valid @ModelAttribute("observationForm") ObservationForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        requireRecorder(actor);
        BindingResult checked = post.check(form, errors, model, form::check);
        return post.submit(checked, redirect, ObservationForm.FIELDS, () -> {
            Observation recorded = observations.record(actor, form.details());
            return Done.redirect("/observations/" + recorded.id(), recorded.intelligence()
                    ? "observations.recorded.intelligence" : "observations.recorded", recorded.categoryName());
        }, () -> formPage(actor, model));
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/observations/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        Observation observation = observations.observation(actor, id);
        return page(actor, observation, model);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/observations/{id}/priority")
    String link(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("linkForm") LinkForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Observation observation = observations.observation(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            Observation linked = observations.link(actor, id, form.version() == null ? -1 : form.version(),
                    form.priority());
            return Done.redirect("/observations/" + linked.id(), form.priority() == null
                    ? "observations.unlinked" : "observations.linked");
        }, () -> page(actor, observation, model));
    }

    /** The priority an observation read at a version is to feed (none to unlink it). */
    record LinkForm(UUID priority, Integer version) {
    }

    private String page(Actor actor, Observation observation, Model model) {
        model.addAttribute("observation", observation);
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", new LinkForm(observation.priorityId(), observation.version()));
        }
        model.addAttribute("wardName", observation.wardId() == null ? null
                : geography.place(observation.wardId()).map(Place::name).orElse(null));
        model.addAttribute("priority", observations.priority(actor, observation).orElse(null));
        model.addAttribute("mayLink", Observations.mayLink(actor, observation));
        if (Observations.mayLink(actor, observation)) {
            model.addAttribute("priorityOptions", priorityOptions(actor));
        }
        return "intake/observation";
    }

    private String formPage(Actor actor, Model model) {
        model.addAttribute("kinds", kinds());
        model.addAttribute("categories", priorities.categories().stream()
                .map(category -> Option.of(category.id(), category.environmental()
                        ? words.text("observations.category.environmental", category.name()) : category.name()))
                .toList());
        List<UUID> covered = priorities.wardsCovered(actor);
        List<Place> wards = covered.isEmpty() ? geography.places(PlaceType.WARD)
                : covered.stream().map(geography::place).flatMap(java.util.Optional::stream).toList();
        model.addAttribute("wards", wards.stream()
                .sorted(java.util.Comparator.comparing(Place::name)).map(ward -> Option.of(ward.id(), ward.name()))
                .toList());
        model.addAttribute("priorityOptions", priorityOptions(actor));
        model.addAttribute("sourceEvaluations", Grading.SOURCE_EVALUATIONS.stream()
                .map(code -> new Option(code, words.text("observations.sourceEvaluation." + code))).toList());
        model.addAttribute("intelligenceAssessments", Grading.INTELLIGENCE_ASSESSMENTS.stream()
                .map(code -> new Option(code, words.text("observations.intelligenceAssessment." + code))).toList());
        model.addAttribute("handlingCodes", Grading.HANDLING_CODES.stream()
                .map(code -> new Option(code, words.text("observations.handlingCode." + code))).toList());
        return "intake/observation-form";
    }

    private List<Option> priorityOptions(Actor actor) {
        return priorities.open(actor).stream().map(choice -> Option.of(choice.id(),
                words.text("observations.priority.option", choice.title(), choice.groupName()))).toList();
    }

    private List<Option> kinds() {
        return words.options(ObservationKind.values(), "observations.kind.");
    }

    private Map<UUID, String> wardNames(List<Observation> found) {
        Map<UUID, String> names = new HashMap<>();
        found.stream().map(Observation::wardId).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> geography.place(id).ifPresent(place -> names.put(id, place.name())));
        return names;
    }

    private static void requireRecorder(Actor actor) {
        if (!Observations.mayRecord(actor)) {
            throw new AccessDeniedException("Observations are recorded by police contributors");
        }
    }
}
