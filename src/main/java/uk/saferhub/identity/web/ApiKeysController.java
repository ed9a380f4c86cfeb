package uk.saferhub.identity.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.identity.Identity;
import uk.saferhub.identity.IssuedApiKey;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/**
 * An administrator's API keys: the list, issuing a key (whose secret is shown once, then never again) and revoking
 * one. Keys of organisations outside the administrator's partnership are not listed and answer 404.
 */
@Controller
@RequestMapping("/admin/api-keys")
class ApiKeysController {

    private final Identity identity;
    private final PartnerOrganisations organisations;
    private final FormPost post;
    private final PageWords words;

    ApiKeysController(Identity identity, PartnerOrganisations organisations, FormPost post, PageWords words) {
        this.words = words;
        this.identity = identity;
        this.organisations = organisations;
        this.post = post;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping
    String list(Actor administrator, Model model) {
        model.addAttribute("apiKeyForm", ApiKeyForm.empty());
        return page(administrator, model);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping
    String issue(Actor administrator, @Valid @ModelAttribute ApiKeyForm apiKeyForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(apiKeyForm, errors, model, rules -> {
            if (!rules.hasFieldErrors("organisationId") && apiKeyForm.organisationId() != null
                    && !administrator.sharesWith(apiKeyForm.organisationId())) {
                FormErrors.reject(rules, "organisationId", "identity.organisationId.notYours");
            }
        });
        return post.submit(checked, redirect, () -> {
            IssuedApiKey issued = identity.issueApiKey(administrator, apiKeyForm.name(),
                    apiKeyForm.organisationId(), apiKeyForm.roles());
            redirect.addFlashAttribute("issuedKey", new IssuedKey(issued.key().name(),
                    organisations.names().getOrDefault(issued.key().organisationId(), ""),
                    words.labels("identity.role.", issued.key().roleSet()), issued.plainKey()));
            return Done.redirect("/admin/api-keys/issued");
        }, () -> page(administrator, model));
    }

    /** Shows the new key once: the flash attribute is gone on any later request, which goes back to the list. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/issued")
    String issued(Model model) {
        if (!(model.getAttribute("issuedKey") instanceof IssuedKey)) {
            return "redirect:/admin/api-keys";
        }
        return "identity/api-key-issued";
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/{id}/revoke")
    String revoke(Actor administrator, @PathVariable UUID id, @ModelAttribute ButtonForm buttonForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return post.submit(errors, redirect, () -> {
            identity.revokeApiKey(administrator, id); // refused when already revoked
            return Done.redirect("/admin/api-keys", "identity.apiKey.revoked");
        }, () -> {
            model.addAttribute("apiKeyForm", ApiKeyForm.empty());
            return page(administrator, model);
        });
    }

    private String page(Actor administrator, Model model) {
        if (!model.containsAttribute("buttonForm")) {
            model.addAttribute("buttonForm", ButtonForm.empty());
        }
        Map<UUID, String> names = organisations.names();
        model.addAttribute("keys", identity.apiKeysManagedBy(administrator).stream()
                .map(key -> ApiKeyRow.of(key, names, words)).toList());
        model.addAttribute("organisations", organisations.optionsFor(administrator));
        model.addAttribute("roleOptions", words.options(Role.values(), "identity.role."));
        return "identity/api-keys";
    }
}
