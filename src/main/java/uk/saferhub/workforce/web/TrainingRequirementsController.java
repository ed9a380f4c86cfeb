package uk.saferhub.workforce.web;

import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.workforce.internal.Training;
import uk.saferhub.workforce.internal.TrainingGap;
import uk.saferhub.workforce.internal.TrainingOfficer;

/**
 * The training each service agreement, scheme or area requires and the active PCSOs there who lack it; coordinators
 * add requirements for their organisation and remove those of their partnerships.
 */
@Controller
class TrainingRequirementsController {

    private static final String PAGE = "/workforce/training/requirements";

    private final Training training;
    private final Geography geography;
    private final TrainingNames names;
    private final FormPost post;
    private final PageWords words;

    TrainingRequirementsController(Training training, Geography geography, TrainingNames names, FormPost post,
            PageWords words) {
        this.training = training;
        this.geography = geography;
        this.names = names;
        this.post = post;
        this.words = words;
    }

    /** A requirement as shown, with the PCSOs lacking it and whether the reader may remove it. */
    record GapRow(TrainingGap gap, List<OfficerRow> lacking, boolean mayRemove) {
    }

    /** A PCSO lacking the training, with their force's name. */
    record OfficerRow(TrainingOfficer officer, String force) {
    }

    /** The places of one type, as an option group of the area select. */
    record AreaGroup(String label, List<Option> places) {
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping(PAGE)
    String requirements(Actor actor, Model model) {
        model.addAttribute("requirementForm", TrainingRequirementForm.empty());
        return page(model, actor);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping(PAGE)
    String add(Actor actor, @Valid @ModelAttribute("requirementForm") TrainingRequirementForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            training.addRequirement(actor, form.details());
            return Done.redirect(PAGE, "workforce.requirement.added");
        }, () -> page(model, actor));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping(PAGE + "/{id}/remove")
    String remove(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        training.removeRequirement(actor, id);
        return post.done(redirect, Done.redirect(PAGE, "workforce.requirement.removed"));
    }

    private String page(Model model, Actor actor) {
        model.addAttribute("gaps", training.gaps(actor).stream()
                .map(gap -> new GapRow(gap, gap.lacking().stream()
                        .map(officer -> new OfficerRow(officer, names.organisation(officer.forceId()))).toList(),
                        training.mayRemove(actor, gap.requirement())))
                .toList());
        boolean mayAdd = training.mayChangeRequirements(actor);
        model.addAttribute("mayAdd", mayAdd);
        if (mayAdd) {
            model.addAttribute("areas", areas());
            model.addAttribute("schemes", training.schemeChoices(actor).entrySet().stream()
                    .map(scheme -> Option.of(scheme.getKey(), scheme.getValue())).toList());
        }
        return "workforce/training-requirements";
    }

    /** Every kind of place but LSOAs (too many to choose from, and PCSOs are attached to wards). */
    private List<AreaGroup> areas() {
        List<AreaGroup> groups = new ArrayList<>();
        for (PlaceType type : PlaceType.values()) {
            if (type == PlaceType.LSOA) {
                continue;
            }
            List<Option> places = geography.places(type).stream()
                    .map(place -> Option.of(place.id(), place.name())).toList();
            if (!places.isEmpty()) {
                groups.add(new AreaGroup(words.label("geography.placeType.plural.", type), places));
            }
        }
        return groups;
    }
}
