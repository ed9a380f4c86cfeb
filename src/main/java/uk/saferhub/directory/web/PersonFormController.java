package uk.saferhub.directory.web;

import java.util.ArrayList;
import java.util.List;

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

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryChangeRefused;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.directory.Person;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.web.FormErrors;

/**
 * Adding and changing people: coordinators, for people in organisations that share with theirs. The form is shown
 * again with its errors, and nothing saved, until it is right.
 */
@Controller
class PersonFormController {

    private static final String FORM = "directory/person-form";

    private final Directory directory;
    private final DirectoryListings listings;

    PersonFormController(Directory directory, DirectoryListings listings) {
        this.directory = directory;
        this.listings = listings;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/directory/people/new")
    String newPerson(@RequestParam(required = false) String organisation, Model model) {
        Actor actor = CurrentActor.require();
        var form = new PersonForm();
        if (organisation != null && organisation.strip().matches(OrganisationForm.UUID_TEXT)) {
            form.setOrganisationId(organisation.strip());
        }
        model.addAttribute("person", form);
        return form(model, actor, null, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/directory/people/new")
    String create(@Valid @ModelAttribute("person") PersonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        form.checkChoices(errors);
        if (!errors.hasErrors()) {
            try {
                Person created = directory.createPerson(actor, form.details());
                redirect.addFlashAttribute("success", "Person added");
                return "redirect:/directory/people/" + created.id();
            } catch (DirectoryChangeRefused refused) {
                FormErrors.reject(errors, refused);
            }
        }
        form.padRoles();
        return form(model, actor, null, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/directory/people/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        Person person = editable(actor, id);
        model.addAttribute("person", PersonForm.of(person));
        return form(model, actor, person, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/directory/people/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("person") PersonForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Person existing = editable(actor, id);
        form.checkChoices(errors);
        if (!errors.hasErrors()) {
            try {
                directory.revisePerson(actor, existing.id(), form.details());
                redirect.addFlashAttribute("success", "Person updated");
                return "redirect:/directory/people/" + existing.id();
            } catch (DirectoryChangeRefused refused) {
                FormErrors.reject(errors, refused);
            }
        }
        form.padRoles();
        return form(model, actor, existing, true);
    }

    /** A person the actor may change: one they may see, in an organisation that shares with theirs. */
    private Person editable(Actor actor, String id) {
        Person person = directory.person(actor, ListLinks.id(id, "person"));
        directory.organisation(actor, person.organisationId());
        return person;
    }

    private String form(Model model, Actor actor, Person existing, boolean withErrors) {
        List<Choice> organisations = new ArrayList<>();
        listings.organisationChoices(actor)
                .forEach(choice -> organisations.add(new Choice(choice.id().toString(), choice.name())));
        String heading = existing == null ? "Add a person" : "Change " + existing.name();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("existing", existing);
        model.addAttribute("organisations", organisations);
        model.addAttribute("handlingLevels", HandlingLevels.choices());
        return FORM;
    }
}
