package uk.saferhub.directory.web;

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

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryChangeRefused;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.directory.Organisation;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.web.FormErrors;

/**
 * Adding and changing organisations: coordinators, for organisations that share with theirs. The form is shown again
 * with its errors, and nothing saved, until it is right.
 */
@Controller
class OrganisationFormController {

    private static final String FORM = "directory/organisation-form";

    private final Directory directory;
    private final DirectoryListings listings;

    OrganisationFormController(Directory directory, DirectoryListings listings) {
        this.directory = directory;
        this.listings = listings;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/directory/organisations/new")
    String newOrganisation(Model model) {
        model.addAttribute("organisation", new OrganisationForm());
        return form(model, CurrentActor.require(), null, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/directory/organisations/new")
    String create(@Valid @ModelAttribute("organisation") OrganisationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        form.checkChoices(errors);
        if (!errors.hasErrors()) {
            try {
                Organisation created = directory.createOrganisation(actor, form.details());
                redirect.addFlashAttribute("success", "Organisation added");
                return "redirect:/directory/organisations/" + created.id();
            } catch (DirectoryChangeRefused refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return form(model, actor, null, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/directory/organisations/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        Organisation organisation = directory.organisation(actor, ListLinks.id(id, "organisation"));
        model.addAttribute("organisation", OrganisationForm.of(organisation));
        return form(model, actor, organisation, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/directory/organisations/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("organisation") OrganisationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Organisation existing = directory.organisation(actor, ListLinks.id(id, "organisation"));
        form.checkChoices(errors);
        if (!errors.hasErrors()) {
            try {
                directory.reviseOrganisation(actor, existing.id(), form.details());
                redirect.addFlashAttribute("success", "Organisation updated");
                return "redirect:/directory/organisations/" + existing.id();
            } catch (DirectoryChangeRefused refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return form(model, actor, existing, true);
    }

    private String form(Model model, Actor actor, Organisation existing, boolean withErrors) {
        List<Choice> parents = new ArrayList<>();
        UUID self = existing == null ? null : existing.id();
        listings.organisationChoices(actor).stream()
                .filter(choice -> !choice.id().equals(self))
                .forEach(choice -> parents.add(new Choice(choice.id().toString(), choice.name())));
        if (existing != null && existing.parentId() != null
                && parents.stream().noneMatch(choice -> choice.value().equals(existing.parentId().toString()))) {
            directory.organisation(existing.parentId()).ifPresent(parent ->
                    parents.add(new Choice(parent.id().toString(), parent.name())));
        }
        String heading = existing == null ? "Add an organisation" : "Change " + existing.name();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("existing", existing);
        model.addAttribute("types", OrganisationPagesController.typeChoices());
        model.addAttribute("parents", parents);
        return FORM;
    }
}
