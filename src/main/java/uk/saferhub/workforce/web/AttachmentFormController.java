package uk.saferhub.workforce.web;

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
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.workforce.PatrolAttachment;
import uk.saferhub.workforce.Pcso;
import uk.saferhub.workforce.Workforce;
import uk.saferhub.workforce.WorkforceChangeRefused;
import uk.saferhub.workforce.WorkforceEditor;

/** Attaching a PCSO to wards and ending an attachment: coordinators of an organisation sharing with the force. */
@Controller
class AttachmentFormController {

    private final Workforce workforce;
    private final WorkforceEditor editor;
    private final WorkforceNames names;
    private final PcsoPage page;

    AttachmentFormController(Workforce workforce, WorkforceEditor editor, WorkforceNames names, PcsoPage page) {
        this.workforce = workforce;
        this.editor = editor;
        this.names = names;
        this.page = page;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/pcsos/{id}/attachments")
    String attach(@PathVariable String id, @ModelAttribute("attachForm") AttachForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Pcso pcso = editable(actor, FormValues.pathId(id, "pcso"));
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                int added = editor.attach(actor, pcso.id(), form.attachment()).size();
                redirect.addFlashAttribute("success", added == 1 ? "Attached to 1 ward" : "Attached to " + added
                        + " wards");
                return "redirect:/workforce/pcsos/" + pcso.id();
            } catch (WorkforceChangeRefused refused) {
                FormValues.reject(errors, refused);
            }
        }
        return page.show(model, actor, pcso, form, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/attachments/{id}/end")
    String endForm(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        PatrolAttachment attachment = workforce.attachment(actor, FormValues.pathId(id, "patrol-attachment"));
        Pcso pcso = editable(actor, attachment.pcsoId());
        model.addAttribute("endAttachmentForm", EndAttachmentForm.on(workforce.today()));
        return endPage(model, actor, pcso, attachment, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/attachments/{id}/end")
    String end(@PathVariable String id, @ModelAttribute("endAttachmentForm") EndAttachmentForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        PatrolAttachment attachment = workforce.attachment(actor, FormValues.pathId(id, "patrol-attachment"));
        Pcso pcso = editable(actor, attachment.pcsoId());
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                editor.endAttachment(actor, attachment.id(), form.to());
                redirect.addFlashAttribute("success", "Attachment ended");
                return "redirect:/workforce/pcsos/" + pcso.id();
            } catch (WorkforceChangeRefused refused) {
                FormValues.reject(errors, refused);
            }
        }
        return endPage(model, actor, pcso, attachment, true);
    }

    private Pcso editable(Actor actor, java.util.UUID pcsoId) {
        Pcso pcso = workforce.pcso(actor, pcsoId);
        if (!workforce.mayEdit(actor, pcso)) {
            throw new RecordNotFoundException("pcso", pcsoId);
        }
        return pcso;
    }

    private String endPage(Model model, Actor actor, Pcso pcso, PatrolAttachment attachment, boolean withErrors) {
        var lookup = names.lookup(actor);
        String heading = "End the attachment of " + pcso.name() + " to " + lookup.ward(attachment.wardId());
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("pcso", pcso);
        model.addAttribute("attachment", AttachmentRow.of(attachment, lookup, workforce.today()));
        model.addAttribute("attachmentId", attachment.id());
        return "workforce/end-attachment";
    }
}
