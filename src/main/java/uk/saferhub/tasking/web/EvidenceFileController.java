package uk.saferhub.tasking.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.tasking.EvidenceFiles;
import uk.saferhub.tasking.Tasking;
import uk.saferhub.tasking.internal.EvidenceFile;

/**
 * A priority's files of evidence: the list and download for whoever may see the priority (readers and above of the
 * partnership; a restricted priority only to those it is shared with, 404 to others), adding a file for whoever may
 * change it (contributors and above).
 */
@Controller
class EvidenceFileController {

    private final EvidenceFiles files;
    private final Tasking tasking;
    private final FormPost post;

    EvidenceFileController(EvidenceFiles files, Tasking tasking, FormPost post) {
        this.files = files;
        this.tasking = tasking;
        this.post = post;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/priorities/{id}/evidence")
    String list(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("evidenceForm", EvidenceFileForm.empty());
        return page(actor, id, model);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/tasking/priorities/{id}/evidence")
    String add(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("evidenceForm") EvidenceFileForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model, form::check);
        return post.submit(checked, redirect, () -> {
            EvidenceFile added = files.add(actor, id, form.title(), form.file().getOriginalFilename(),
                    form.file().getContentType(), bytes(form));
            return Done.redirect("/tasking/priorities/" + id + "/evidence", "tasking.evidence.added",
                    added.fileName());
        }, () -> page(actor, id, model));
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/priorities/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable UUID id, @PathVariable UUID fileId) {
        EvidenceFiles.Download download = files.download(actor, id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.file().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }

    private String page(Actor actor, UUID id, Model model) {
        model.addAttribute("view", tasking.priority(actor, id));
        model.addAttribute("files", files.of(actor, id));
        return "tasking/evidence";
    }

    private static byte[] bytes(EvidenceFileForm form) {
        try {
            return form.file().getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
