package uk.saferhub.geography.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.geography.GeographyChangeRefused;
import uk.saferhub.geography.ImportPreview;
import uk.saferhub.geography.ImportProblem;
import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.PlaceEditor;
import uk.saferhub.geography.internal.BoundaryUploads;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.Option;

/**
 * Importing boundaries: choose a file (uploaded, or from the reference data) and its type; preview what it would
 * create, replace or leave unchanged, with the properties carrying code and name chosen from the file's own; apply it,
 * and see what was imported.
 */
@Controller
class PlaceImportController {

    private final PlaceEditor editor;
    private final BoundaryUploads uploads;
    private final ReferenceBoundaryFiles referenceFiles;
    private final PlaceChoices choices;
    private final FormPost post;

    PlaceImportController(PlaceEditor editor, BoundaryUploads uploads, ReferenceBoundaryFiles referenceFiles,
            PlaceChoices choices, FormPost post) {
        this.editor = editor;
        this.uploads = uploads;
        this.referenceFiles = referenceFiles;
        this.choices = choices;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/places/import")
    String start(Model model) {
        model.addAttribute("importForm", ImportForm.empty());
        return startPage(model);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/places/import")
    String upload(Actor actor, @Valid @ModelAttribute("importForm") ImportForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Optional<Path> referencePath = form.reference() == null ? Optional.empty()
                : referenceFiles.file(form.reference());
        BindingResult checked = post.check(form, errors, model, rules -> {
            form.check(rules, referenceFiles.available());
            if (form.reference() != null && !form.uploaded() && referencePath.isEmpty()) {
                FormErrors.reject(rules, "referenceFile", "geography.import.referenceFile.unknown");
            }
        });
        // A file from the reference data that cannot be read is refused at its list, not at the upload.
        Map<String, String> fields = form.uploaded() ? Map.of() : Map.of("file", "referenceFile");
        return post.submit(checked, redirect, fields, () -> {
            MultipartFile file = form.file();
            String fileName = form.uploaded() ? fileName(file.getOriginalFilename()) : form.reference();
            byte[] content = form.uploaded() ? bytes(file) : read(referencePath.orElseThrow());
            ImportPreview preview = editor.preview(form.applyTo(new ImportRequest(fileName, content, null, null,
                    null, null, null)));
            UUID uploadId = uploads.keep(actor, fileName, content);
            redirect.addAttribute("type", form.type());
            redirect.addAttribute("codeProperty", guess(form.codeProperty(), preview.propertyNames(), "CD", "code"));
            redirect.addAttribute("nameProperty", guess(form.nameProperty(), preview.propertyNames(), "NM", "name"));
            if (form.parentId() != null) {
                redirect.addAttribute("parentId", form.parentId());
            }
            if (form.parentCodeProperty() != null && !form.parentCodeProperty().isBlank()) {
                redirect.addAttribute("parentCodeProperty", form.parentCodeProperty());
            }
            return Done.redirect("/places/import/" + uploadId);
        }, () -> startPage(model));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/places/import/{uploadId}")
    String preview(Actor actor, @PathVariable UUID uploadId, @ModelAttribute("importForm") ImportForm form,
            BindingResult errors, Model model) {
        if (uploads.find(actor, uploadId).isEmpty()) {
            // already applied (the browser went back, or the page was refreshed): show what it did
            return uploads.appliedAs(uploadId).map(importId -> "redirect:/places/imports/" + importId)
                    .orElseThrow(() -> new RecordNotFoundException("upload", uploadId));
        }
        return previewPage(actor, uploadId, form, errors, model);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/places/import/{uploadId}/apply")
    String apply(Actor actor, @PathVariable UUID uploadId, @Valid @ModelAttribute("importForm") ImportForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        ImportRequest file = uploads.find(actor, uploadId)
                .orElseThrow(() -> new RecordNotFoundException("upload", uploadId));
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect,
                () -> Done.redirect("/places/imports/" + uploads.apply(actor, uploadId, form.applyTo(file))
                        .importId()),
                () -> {
                    model.addAttribute("refused", true);
                    return previewPage(actor, uploadId, form, errors, model);
                });
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/places/imports/{importId}")
    String imported(@PathVariable UUID importId, Model model) {
        model.addAttribute("applied", uploads.applied(importId));
        return "geography/import-done";
    }

    /** The preview, with the file's problems on the fields they concern unless the form has errors of its own. */
    private String previewPage(Actor actor, UUID uploadId, ImportForm form, BindingResult errors, Model model) {
        ImportRequest file = uploads.find(actor, uploadId)
                .orElseThrow(() -> new RecordNotFoundException("upload", uploadId));
        ImportPreview preview = editor.preview(form.reading().applyTo(file));
        if (!errors.hasErrors()) {
            for (ImportProblem problem : preview.problems()) {
                FormErrors.reject(errors, new GeographyChangeRefused(problem.field(), problem.key(),
                        problem.arguments()));
            }
        }
        model.addAttribute("uploadId", uploadId);
        model.addAttribute("preview", preview);
        model.addAttribute("properties", preview.propertyNames().stream()
                .map(name -> new Option(name, name)).toList());
        model.addAttribute("types", choices.types());
        model.addAttribute("parents", choices.parents(null));
        return "geography/import-preview";
    }

    private String startPage(Model model) {
        model.addAttribute("types", choices.types());
        model.addAttribute("parents", choices.parents(null));
        model.addAttribute("referenceFiles", choices.referenceFiles(referenceFiles.files()));
        model.addAttribute("referenceAvailable", referenceFiles.available());
        return "geography/import";
    }

    /** The property chosen, or a guess from the file's: ONS codes end CD and names NM (WD13CD, WD13NM). */
    private static String guess(String chosen, List<String> names, String onsSuffix, String word) {
        if (chosen != null && !chosen.isBlank()) {
            return chosen.strip();
        }
        return names.stream().filter(name -> name.toUpperCase().endsWith(onsSuffix)).findFirst()
                .or(() -> names.stream().filter(name -> name.toLowerCase().contains(word)).findFirst())
                .orElse(names.isEmpty() ? "" : names.getFirst());
    }

    private static String fileName(String original) {
        String name = original == null || original.isBlank() ? "uploaded.geojson" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
