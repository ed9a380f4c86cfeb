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
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.directory.Organisation;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/**
 * Adding and changing organisations: coordinators, for organisations that share with theirs. The form is shown again
 * with its errors, and nothing saved, until it is right.
 */
@Controller
class OrganisationFormController {

    private final Directory directory;
    private final DirectoryListings listings;
    private final FormPost post;
    private final PageWords words;

    OrganisationFormController(Directory directory, DirectoryListings listings, FormPost post,
            PageWords words) {
        this.words = words;
        this.directory = directory;
        this.listings = listings;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/directory/organisations/new")
    String newOrganisation(Actor actor, Model model) {
        model.addAttribute("organisation", OrganisationForm.empty());
        return form(model, actor, null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/directory/organisations/new")
    String create(Actor actor, @Valid @ModelAttribute("organisation") OrganisationForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect,
                () -> Done.redirect("/directory/organisations/" + directory.createOrganisation(actor, form.details())
                        .id(), "directory.organisation.added"),
                () -> form(model, actor, null));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/directory/organisations/{id}/edit")
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        Organisation organisation = directory.organisation(actor, id);
        model.addAttribute("organisation", OrganisationForm.of(organisation));
        return form(model, actor, organisation);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/directory/organisations/{id}/edit")
    String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("organisation") OrganisationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Organisation existing = directory.organisation(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            directory.reviseOrganisation(actor, existing.id(), form.details());
            return Done.redirect("/directory/organisations/" + existing.id(), "directory.organisation.updated");
        }, () -> form(model, actor, existing));
    }

    private String form(Model model, Actor actor, Organisation existing) {
        List<Option> parents = new ArrayList<>();
        UUID self = existing == null ? null : existing.id();
        listings.organisationChoices(actor).stream()
                .filter(choice -> !choice.id().equals(self))
                .forEach(choice -> parents.add(Option.of(choice.id(), choice.name())));
        if (existing != null && existing.parentId() != null
                && parents.stream().noneMatch(choice -> choice.value().equals(existing.parentId().toString()))) {
            directory.organisation(existing.parentId()).ifPresent(parent ->
                    parents.add(Option.of(parent.id(), parent.name())));
        }
        model.addAttribute("existing", existing);
        model.addAttribute("types", words.options(OrganisationType.values(), OrganisationPagesController.TYPE));
        model.addAttribute("parents", parents);
        return "directory/organisation-form";
    }
}
