package uk.saferhub.documents.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.documents.Attachment;
import uk.saferhub.documents.Attachments;
import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.Documents;
import uk.saferhub.shared.access.CurrentActor;

/**
 * A document's attached files: the list, uploading one (checked for size, type and content before anything is kept)
 * and downloading one, always as an attachment so a browser never renders it in SaferHub's pages.
 */
@Controller
class AttachmentController {

    private final Attachments attachments;
    private final Documents documents;

    AttachmentController(Attachments attachments, Documents documents) {
        this.attachments = attachments;
        this.documents = documents;
    }

    @GetMapping("/documents/{id}/attachments")
    @PreAuthorize("isAuthenticated()")
    String list(@PathVariable UUID id, Model model) {
        var actor = CurrentActor.require();
        var view = documents.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("attachments", attachments.of(actor, id));
        model.addAttribute("pageTitle", "Attachments – " + view.document().title());
        return "documents/attachments";
    }

    @PostMapping("/documents/{id}/attachments")
    @PreAuthorize("hasRole('CONTRIBUTOR')")
    String upload(@PathVariable UUID id, @RequestParam(required = false) String title,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        var actor = CurrentActor.require();
        try {
            if (file == null || file.isEmpty()) {
                throw new DocumentChangeRefused("file", "Choose a file to attach");
            }
            Attachment attached = attachments.attach(actor, id, title, file.getOriginalFilename(),
                    file.getContentType(), file.getBytes());
            redirect.addFlashAttribute("success", "Attached " + attached.fileName());
            return "redirect:/documents/" + id + "/attachments";
        } catch (DocumentChangeRefused refused) {
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("title", title);
            return list(id, model);
        }
    }

    @GetMapping("/documents/{id}/attachments/{attachmentId}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        Attachments.Download download = attachments.download(CurrentActor.require(), id, attachmentId);
        Attachment attachment = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }
}
