package uk.saferhub.documents.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.documents.Attachment;
import uk.saferhub.documents.Attachments;
import uk.saferhub.documents.Documents;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/**
 * A document's attached files: the list, uploading one (checked for size, type and content before anything is kept)
 * and downloading one, always as an attachment so a browser never renders it in SaferHub's pages.
 */
@Controller
class AttachmentController {

    private static final Map<String, String> FIELDS = RefusalFields.of(AttachmentForm.class);

    private final Attachments attachments;
    private final Documents documents;
    private final FormPost post;

    AttachmentController(Attachments attachments, Documents documents, FormPost post) {
        this.attachments = attachments;
        this.documents = documents;
        this.post = post;
    }

    @GetMapping("/documents/{id}/attachments")
    @PreAuthorize("isAuthenticated()")
    String list(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("attachmentForm", AttachmentForm.empty());
        return page(actor, id, model);
    }

    @PostMapping("/documents/{id}/attachments")
    @PreAuthorize("hasRole('CONTRIBUTOR')")
    String upload(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("attachmentForm") AttachmentForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model, form::check);
        return post.submit(checked, redirect, FIELDS, () -> {
            Attachment attached = attachments.attach(actor, id, form.title(), form.file().getOriginalFilename(),
                    form.file().getContentType(), bytes(form));
            return Done.redirect("/documents/" + id + "/attachments", "documents.attachments.attached",
                    attached.fileName());
        }, () -> page(actor, id, model));
    }

    @GetMapping("/documents/{id}/attachments/{attachmentId}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable UUID id, @PathVariable UUID attachmentId) {
        Attachments.Download download = attachments.download(actor, id, attachmentId);
        Attachment attachment = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }

    private String page(Actor actor, UUID id, Model model) {
        model.addAttribute("view", documents.view(actor, id));
        model.addAttribute("attachments", attachments.of(actor, id));
        return "documents/attachments";
    }

    private static byte[] bytes(AttachmentForm form) {
        try {
            return form.file().getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
