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
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.RefusalMessage;

/**
 * An administrator's API keys: the list, issuing a key (whose secret is shown once, then never again) and revoking
 * one. Keys of organisations outside the administrator's partnership are not listed and answer 404.
 */
@Controller
@RequestMapping("/admin/api-keys")
class ApiKeysController {

    private static final String TITLE = "API keys";

    private final Identity identity;
    private final PartnerOrganisations organisations;

    ApiKeysController(Identity identity, PartnerOrganisations organisations) {
        this.identity = identity;
        this.organisations = organisations;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping
    String list(Model model) {
        model.addAttribute("apiKeyForm", new ApiKeyForm());
        return page(model, false);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping
    String issue(@Valid @ModelAttribute ApiKeyForm apiKeyForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor administrator = CurrentActor.require();
        if (!errors.hasFieldErrors("organisationId") && !administrator.sharesWith(apiKeyForm.getOrganisationId())) {
            errors.rejectValue("organisationId", "organisation.refused", "Select an organisation you administer");
        }
        if (errors.hasErrors()) {
            return page(model, true);
        }
        IssuedApiKey issued;
        try {
            issued = identity.issueApiKey(administrator, apiKeyForm.getName(), apiKeyForm.getOrganisationId(),
                    apiKeyForm.getRoles());
        } catch (IllegalArgumentException refused) {
            errors.reject("key.refused", RefusalMessage.of(refused));
            return page(model, true);
        }
        redirect.addFlashAttribute("issuedKey", new IssuedKey(issued.key().name(),
                organisations.names().getOrDefault(issued.key().organisationId(), ""),
                UserRow.labels(issued.key().roleSet()), issued.plainKey()));
        return "redirect:/admin/api-keys/issued";
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
    String revoke(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        try {
            identity.revokeApiKey(CurrentActor.require(), id);
        } catch (IllegalStateException refused) {
            model.addAttribute("apiKeyForm", new ApiKeyForm());
            model.addAttribute("actionError", RefusalMessage.of(refused));
            return page(model, true);
        }
        redirect.addFlashAttribute("success", "The API key has been revoked: calls made with it are now refused");
        return "redirect:/admin/api-keys";
    }

    private String page(Model model, boolean problem) {
        Actor administrator = CurrentActor.require();
        Map<UUID, String> names = organisations.names();
        model.addAttribute("title", (problem ? "Error: " : "") + TITLE);
        model.addAttribute("keys", identity.apiKeysManagedBy(administrator).stream()
                .map(key -> ApiKeyRow.of(key, names)).toList());
        model.addAttribute("organisations", organisations.optionsFor(administrator));
        model.addAttribute("allRoles", Role.values());
        return "identity/api-keys";
    }
}
