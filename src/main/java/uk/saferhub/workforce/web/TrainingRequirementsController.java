package uk.saferhub.workforce.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.workforce.Training;
import uk.saferhub.workforce.TrainingChangeRefused;
import uk.saferhub.workforce.TrainingGap;
import uk.saferhub.workforce.TrainingOfficer;
import uk.saferhub.workforce.TrainingRequirementDetails;

/**
 * The training each service agreement, scheme or area requires and the active PCSOs there who lack it; coordinators
 * add requirements for their organisation and remove those of their partnerships.
 */
@Controller
class TrainingRequirementsController {

    private final Training training;
    private final Geography geography;
    private final TrainingNames names;

    TrainingRequirementsController(Training training, Geography geography, TrainingNames names) {
        this.training = training;
        this.geography = geography;
        this.names = names;
    }

    /** A requirement as shown, with the PCSOs lacking it and whether the reader may remove it. */
    record GapRow(TrainingGap gap, List<OfficerRow> lacking, boolean mayRemove) {
    }

    /** A PCSO lacking the training, with their force's name. */
    record OfficerRow(TrainingOfficer officer, String force) {
    }

    /** The places of one type, as an option group of the area select. */
    record AreaGroup(String label, List<TrainingChoice> places) {
    }

    @InitBinder("requirementForm")
    void onlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("topic", "requiredBy", "areaId", "schemeId");
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/workforce/training/requirements")
    String requirements(Model model) {
        model.addAttribute("requirementForm", new TrainingRequirementForm());
        return page(model, CurrentActor.require(), false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/training/requirements")
    String add(@Valid @ModelAttribute("requirementForm") TrainingRequirementForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        TrainingRequirementDetails details = form.details(errors);
        if (!errors.hasErrors()) {
            try {
                training.addRequirement(actor, details);
                redirect.addFlashAttribute("success", "Training requirement added");
                return "redirect:/workforce/training/requirements";
            } catch (TrainingChangeRefused refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return page(model, actor, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/training/requirements/{id}/remove")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        training.removeRequirement(CurrentActor.require(), id);
        redirect.addFlashAttribute("success", "Training requirement removed");
        return "redirect:/workforce/training/requirements";
    }

    private String page(Model model, Actor actor, boolean withErrors) {
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + "Training requirements and gaps");
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
                    .map(scheme -> new TrainingChoice(scheme.getKey().toString(), scheme.getValue())).toList());
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
            List<TrainingChoice> places = geography.places(type).stream()
                    .map(place -> new TrainingChoice(place.id().toString(), place.name())).toList();
            if (!places.isEmpty()) {
                groups.add(new AreaGroup(type.plural(), places));
            }
        }
        return groups;
    }
}
