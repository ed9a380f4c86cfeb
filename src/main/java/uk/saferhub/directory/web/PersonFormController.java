package uk.saferhub.directory.web;

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

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.directory.Person;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/** Adding and changing people and their contact roles: coordinators, for organisations that share with theirs. */
@Controller
class PersonFormController {

    private final Directory directory;
    private final DirectoryListings listings;
    private final FormPost post;
    private final PageWords words;
    private final DirectoryEditors editors;

    PersonFormController(Directory directory, DirectoryListings listings, FormPost post, PageWords words,
            DirectoryEditors editors) {
        this.words = words;
        this.editors = editors;
        this.directory = directory;
        this.listings = listings;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/directory/people/new")
    String newPerson(Actor actor, @RequestParam(required = false) UUID organisation, Model model) {
        model.addAttribute("person", PersonForm.empty(organisation));
        return form(model, actor, null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/directory/people/new")
    String create(Actor actor, @Valid @ModelAttribute("person") PersonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model, form::check);
        return post.submit(checked, redirect,
                () -> Done.redirect("/directory/people/" + directory.createPerson(actor, form.details()).id(),
                        "directory.person.added"),
                () -> form(model, actor, null));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/directory/people/{id}/edit")
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        Person person = editable(actor, id);
        model.addAttribute("person", PersonForm.of(person));
        return form(model, actor, person);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/directory/people/{id}/edit")
    String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("person") PersonForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Person existing = editable(actor, id);
        BindingResult checked = post.check(form, errors, model, form::check);
        return post.submit(checked, redirect, () -> {
            directory.revisePerson(actor, existing.id(), form.details());
            return Done.redirect("/directory/people/" + existing.id(), "directory.person.updated");
        }, () -> form(model, actor, existing));
    }

    /** A person the actor may change: one they may see, in an organisation that shares with theirs. */
    private Person editable(Actor actor, UUID id) {
        Person person = directory.person(actor, id);
        directory.organisation(actor, person.organisationId());
        if (!editors.mayEdit(actor, person)) {
            // seen as a body's chair, but their organisation's to keep: answered as absent, as a refused change is
            throw new RecordNotFoundException("person", id);
        }
        return person;
    }

    private String form(Model model, Actor actor, Person existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("organisations", listings.organisationChoices(actor).stream()
                .map(choice -> Option.of(choice.id(), choice.name())).toList());
        model.addAttribute("handlingLevels", words.options(HandlingLevel.values(), "directory.handlingLevel."));
        return "directory/person-form";
    }
}
