package uk.saferhub.intake.web;

import java.util.Arrays;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.intake.internal.Service;
import uk.saferhub.intake.internal.ServiceEditor;
import uk.saferhub.intake.internal.ServiceEntry;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;

/**
 * The Open311 service list residents report against, kept by the administrators: every service with its group, keywords and
 * who deals with it; add one, change one, stop taking reports of one. Administrators only (the list is shared by every partnership on this server); others are told it is not
 * there (404) as for any record they may not change.
 */
@Controller
class ServiceListController {

    private final ServiceEditor services;
    private final FormPost post;
    private final PageWords words;

    ServiceListController(ServiceEditor services, FormPost post, PageWords words) {
        this.services = services;
        this.post = post;
        this.words = words;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/intake/services")
    String list(Model model) {
        model.addAttribute("serviceForm", ServiceForm.empty());
        return listPage(model);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/intake/services")
    String add(Actor actor, @Valid @ModelAttribute("serviceForm") ServiceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        if (form.code() == null || form.code().isBlank()) {
            checked.rejectValue("code", "intake.services.code.invalid",
                    words.text("intake.services.code.invalid"));
        }
        return post.submit(checked, redirect, () -> Done.redirect("/intake/services", "intake.services.added",
                services.save(actor, null, form.entry()).name()), () -> listPage(model));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/intake/services/{code}")
    String edit(@PathVariable String code, Model model) {
        ServiceEntry entry = service(code);
        model.addAttribute("serviceForm", ServiceForm.of(entry));
        return formPage(entry, model);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/intake/services/{code}")
    String change(Actor actor, @PathVariable String code, @Valid @ModelAttribute("serviceForm") ServiceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        ServiceEntry entry = service(code);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> Done.redirect("/intake/services", "intake.services.changed",
                services.save(actor, code, form.entry()).name()), () -> formPage(entry, model));
    }

    private ServiceEntry service(String code) {
        return services.find(code).orElseThrow(() -> new RecordNotFoundException("intake-service", code));
    }

    private String listPage(Model model) {
        model.addAttribute("services", services.all());
        model.addAttribute("responsibilities", responsibilities());
        return "intake/services";
    }

    private String formPage(ServiceEntry entry, Model model) {
        model.addAttribute("service", entry);
        model.addAttribute("responsibilities", responsibilities());
        return "intake/service-form";
    }

    private List<Option> responsibilities() {
        return Arrays.stream(Service.Responsibility.values())
                .map(r -> Option.of(r, words.text("intake.services.responsibility." + r.name()))).toList();
    }
}
