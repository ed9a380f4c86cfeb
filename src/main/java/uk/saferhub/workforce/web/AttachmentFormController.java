package uk.saferhub.workforce.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.workforce.internal.PatrolAttachment;
import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.Workforce;
import uk.saferhub.workforce.internal.WorkforceEditor;

/** Attaching a PCSO to wards and ending an attachment: coordinators of an organisation sharing with the force. */
@Controller
class AttachmentFormController {

    /** The service's dates, as the form's date inputs are named. */
    private static final Map<String, String> FIELDS = Map.of("from", "from.day", "to", "to.day");

    private final Workforce workforce;
    private final WorkforceEditor editor;
    private final WorkforceNames names;
    private final PcsoPage page;
    private final FormPost post;

    AttachmentFormController(Workforce workforce, WorkforceEditor editor, WorkforceNames names, PcsoPage page,
            FormPost post) {
        this.workforce = workforce;
        this.editor = editor;
        this.names = names;
        this.page = page;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/pcsos/{id}/attachments")
    String attach(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("attachForm") AttachForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        Pcso pcso = editable(actor, id);
        form.check(errors);
        return post.submit(checked, redirect, FIELDS,
                () -> Done.redirect("/workforce/pcsos/" + pcso.id(), "workforce.attach.attached",
                        editor.attach(actor, pcso.id(), form.attachment()).size()),
                () -> page.show(model, actor, pcso, form));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/attachments/{id}/end")
    String endForm(Actor actor, @PathVariable UUID id, Model model) {
        PatrolAttachment attachment = workforce.attachment(actor, id);
        Pcso pcso = editable(actor, attachment.pcsoId());
        model.addAttribute("endAttachmentForm", EndAttachmentForm.on(workforce.today()));
        return endPage(model, actor, pcso, attachment);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/attachments/{id}/end")
    String end(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("endAttachmentForm") EndAttachmentForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        PatrolAttachment attachment = workforce.attachment(actor, id);
        Pcso pcso = editable(actor, attachment.pcsoId());
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, FIELDS, () -> {
            editor.endAttachment(actor, attachment.id(), form.to().date());
            return Done.redirect("/workforce/pcsos/" + pcso.id(), "workforce.end.ended");
        }, () -> endPage(model, actor, pcso, attachment));
    }

    private Pcso editable(Actor actor, UUID pcsoId) {
        Pcso pcso = workforce.pcso(actor, pcsoId);
        if (!workforce.mayEdit(actor, pcso)) {
            throw new RecordNotFoundException("pcso", pcsoId);
        }
        return pcso;
    }

    private String endPage(Model model, Actor actor, Pcso pcso, PatrolAttachment attachment) {
        model.addAttribute("pcso", pcso);
        model.addAttribute("attachment", AttachmentRow.of(attachment, names.lookup(actor), workforce.today()));
        return "workforce/end-attachment";
    }
}
