package uk.saferhub.geography.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

import uk.saferhub.geography.BoundaryUploads;
import uk.saferhub.geography.GeographyChangeRefused;
import uk.saferhub.geography.ImportOutcome;
import uk.saferhub.geography.ImportPreview;
import uk.saferhub.geography.ImportProblem;
import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.PlaceEditor;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.Option;

/**
 * Importing boundaries: choose a file (uploaded, or from the reference data) and its type; preview what it would
 * create, replace or leave unchanged, with the properties carrying code and name chosen from the file's own; apply it.
 */
@Controller
class PlaceImportController {

    /**
     * Uploads up to 10 MB. Multipart requests are outside the shared 1 MB request limit (RequestSizeLimitFilter leaves
     * them to spring.servlet.multipart, 20 MB), so this limit is checked here.
     */
    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    private final PlaceEditor editor;
    private final BoundaryUploads uploads;
    private final ReferenceBoundaryFiles referenceFiles;
    private final PlaceChoices choices;

    PlaceImportController(PlaceEditor editor, BoundaryUploads uploads, ReferenceBoundaryFiles referenceFiles,
            PlaceChoices choices) {
        this.editor = editor;
        this.uploads = uploads;
        this.referenceFiles = referenceFiles;
        this.choices = choices;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/places/import")
    String start(Model model) {
        model.addAttribute("importForm", ImportForm.empty());
        return startPage(model);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/places/import")
    String upload(Actor actor, @ModelAttribute("importForm") ImportForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        MultipartFile file = form.file();
        boolean uploaded = file != null && !file.isEmpty();
        String reference = form.referenceFile() == null || form.referenceFile().isBlank() ? null
                : form.referenceFile();
        if (uploaded && reference != null) {
            FormErrors.reject(errors, "file", "geography.import.file.both");
        } else if (!uploaded && reference == null) {
            FormErrors.reject(errors, "file", referenceFiles.available() ? "geography.import.file.noneOrReference"
                    : "geography.import.file.none");
        } else if (uploaded && file.getSize() > MAX_UPLOAD_BYTES) {
            FormErrors.reject(errors, "file", "geography.import.file.tooLarge");
        }
        Optional<Path> referencePath = reference == null ? Optional.empty() : referenceFiles.file(reference);
        if (reference != null && !uploaded && referencePath.isEmpty()) {
            FormErrors.reject(errors, "referenceFile", "geography.import.referenceFile.unknown");
        }
        if (form.type() == null && !errors.hasFieldErrors("type")) {
            FormErrors.reject(errors, "type", "geography.import.type.required");
        }
        if (errors.hasErrors()) {
            return startPage(model);
        }
        String fileName = uploaded ? fileName(file.getOriginalFilename()) : reference;
        byte[] content = uploaded ? bytes(file) : read(referencePath.orElseThrow());
        ImportPreview preview;
        try {
            preview = editor.preview(form.applyTo(new ImportRequest(fileName, content, null, null, null, null,
                    null)));
        } catch (GeographyChangeRefused refused) {
            FormErrors.reject(errors, refused, uploaded ? Map.of() : Map.of("file", "referenceFile"));
            return startPage(model);
        }
        UUID uploadId = uploads.keep(actor, fileName, content);
        redirect.addAttribute("uploadId", uploadId);
        redirect.addAttribute("type", form.type().name());
        redirect.addAttribute("codeProperty", guess(form.codeProperty(), preview.propertyNames(), "CD", "code"));
        redirect.addAttribute("nameProperty", guess(form.nameProperty(), preview.propertyNames(), "NM", "name"));
        redirect.addAttribute("parentId", form.parentId() == null ? "" : form.parentId().toString());
        redirect.addAttribute("parentCodeProperty", form.parentCodeProperty() == null ? ""
                : form.parentCodeProperty());
        return "redirect:/places/import/{uploadId}";
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/places/import/{uploadId}")
    String preview(Actor actor, @PathVariable UUID uploadId, @ModelAttribute("importForm") ImportForm form,
            BindingResult errors, Model model) {
        return previewPage(actor, uploadId, form, errors, model, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/places/import/{uploadId}/apply")
    String apply(Actor actor, @PathVariable UUID uploadId, @ModelAttribute("importForm") ImportForm form,
            BindingResult errors, Model model) {
        ImportRequest file = uploads.find(actor, uploadId)
                .orElseThrow(() -> new RecordNotFoundException("upload", uploadId));
        try {
            ImportOutcome outcome = uploads.apply(actor, uploadId, form.applyTo(file));
            model.addAttribute("outcome", outcome);
            model.addAttribute("applied", outcome.applied());
            return "geography/import-done";
        } catch (GeographyChangeRefused refused) {
            return previewPage(actor, uploadId, form, errors, model, true);
        }
    }

    private String previewPage(Actor actor, UUID uploadId, ImportForm asked, BindingResult errors, Model model,
            boolean refused) {
        ImportRequest file = uploads.find(actor, uploadId)
                .orElseThrow(() -> new RecordNotFoundException("upload", uploadId));
        ImportForm form = asked.orWards();
        model.addAttribute("importForm", form);
        ImportPreview preview = editor.preview(form.applyTo(file));
        for (ImportProblem problem : preview.problems()) {
            if (problem.field() == null) {
                errors.reject("problem", problem.message());
            } else {
                errors.rejectValue(problem.field(), "problem", problem.message());
            }
        }
        model.addAttribute("uploadId", uploadId);
        model.addAttribute("preview", preview);
        model.addAttribute("refused", refused);
        model.addAttribute("properties", preview.propertyNames().stream().map(name -> new Option(name, name))
                .toList());
        model.addAttribute("fileName", file.fileName());
        model.addAttribute("types", choices.types());
        model.addAttribute("parents", choices.parents(null));
        return "geography/import-preview";
    }

    private String startPage(Model model) {
        model.addAttribute("types", choices.types());
        model.addAttribute("parents", choices.parents(null));
        model.addAttribute("referenceFiles", referenceFiles.files().stream().map(name -> new Option(name, name))
                .toList());
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
