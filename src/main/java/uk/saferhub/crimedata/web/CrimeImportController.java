package uk.saferhub.crimedata.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.crimedata.CrimeFigures;
import uk.saferhub.crimedata.CrimeImports;
import uk.saferhub.crimedata.ImportRun;
import uk.saferhub.crimedata.RejectedRow;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.Pagination;

/**
 * Importing data.police.uk files from a page: the runs and what is held, the upload form, and each run's status
 * page, which refreshes itself while the import runs (no script needed; the reader can stop it) and then shows what
 * was loaded and the rows left out. Coordinators and administrators of any organisation: the figures are public data,
 * but an import replaces the figures every partner sees.
 */
@Controller
class CrimeImportController {

    static final int RUNS_PER_PAGE = 20;
    static final int REJECTIONS_PER_PAGE = 50;
    static final int REFRESH_SECONDS = 3;

    private final CrimeImports imports;
    private final CrimeFigures figures;
    private final FormPost post;
    private final long maxUploadBytes;

    CrimeImportController(CrimeImports imports, CrimeFigures figures, FormPost post,
            @Value("${saferhub.crime.max-upload-bytes:268435456}") long maxUploadBytes) {
        this.imports = imports;
        this.figures = figures;
        this.post = post;
        this.maxUploadBytes = maxUploadBytes;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/crime/imports")
    String runs(@RequestParam(defaultValue = "1") int page, Model model) {
        long count = imports.runCount();
        int pages = (int) Math.max(1, (count + RUNS_PER_PAGE - 1) / RUNS_PER_PAGE);
        int shown = Math.max(1, Math.min(page, pages));
        model.addAttribute("runs", imports.runs((shown - 1) * RUNS_PER_PAGE, RUNS_PER_PAGE));
        model.addAttribute("pagination", pages > 1 ? Pagination.of(shown, pages, n -> "/crime/imports?page=" + n)
                : null);
        model.addAttribute("held", HeldData.of(figures.counts()));
        return "crimedata/imports";
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/crime/imports/new")
    String form(Model model) {
        model.addAttribute("crimeUploadForm", CrimeUploadForm.empty());
        return formPage(model);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/crime/imports/new")
    String upload(Actor actor, @Valid @ModelAttribute("crimeUploadForm") CrimeUploadForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model, rules -> form.check(rules, maxUploadBytes,
                imports.forces().keySet()));
        return post.submit(checked, redirect, () -> {
            Path kept = keep(form);
            UUID run = imports.start(actor, form.name(), kept, form.forceKey());
            return Done.redirect("/crime/imports/" + run);
        }, () -> formPage(model));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/crime/imports/{runId}")
    String run(@PathVariable UUID runId, @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String refresh, Model model, HttpServletResponse response) {
        ImportRun run = imports.run(runId).orElseThrow(() -> new RecordNotFoundException("crime-import", runId));
        boolean refreshing = run.running() && !"off".equals(refresh);
        if (refreshing) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        long rejected = imports.rejectionCount(runId);
        int pages = (int) Math.max(1, (rejected + REJECTIONS_PER_PAGE - 1) / REJECTIONS_PER_PAGE);
        int shown = Math.max(1, Math.min(page, pages));
        model.addAttribute("run", run);
        model.addAttribute("refreshing", refreshing);
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        model.addAttribute("replaced", imports.replaced(runId));
        model.addAttribute("rejectedListed", rejected);
        model.addAttribute("rejections", imports.rejections(runId, (shown - 1) * REJECTIONS_PER_PAGE,
                REJECTIONS_PER_PAGE));
        model.addAttribute("pagination", pages > 1
                ? Pagination.of(shown, pages, n -> "/crime/imports/" + runId + "?page=" + n) : null);
        return "crimedata/import-run";
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/crime/imports/{runId}/rejected.csv")
    ResponseEntity<byte[]> rejectedCsv(@PathVariable UUID runId) {
        imports.run(runId).orElseThrow(() -> new RecordNotFoundException("crime-import", runId));
        StringBuilder csv = new StringBuilder("File,Line,Reason\r\n");
        List<RejectedRow> rows = imports.rejections(runId, 0, Integer.MAX_VALUE);
        for (RejectedRow row : rows) {
            csv.append(cell(row.entry())).append(',').append(row.line()).append(',').append(cell(row.reason()))
                    .append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("rejected-rows-" + runId + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String formPage(Model model) {
        model.addAttribute("maxUploadMegabytes", maxUploadBytes / (1024 * 1024));
        model.addAttribute("forces", imports.forces().entrySet().stream()
                .map(force -> new Option(force.getKey(), force.getValue())).toList());
        return "crimedata/import-form";
    }

    private static Path keep(CrimeUploadForm form) {
        try {
            Path kept = Files.createTempFile("saferhub-crime-", "-" + form.name().replaceAll("[^A-Za-z0-9._-]", "_"));
            form.file().transferTo(kept);
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV cell, quoted when it must be, and never read as a formula by a spreadsheet. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
