package uk.saferhub.crimedata.web;

import java.util.Locale;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import uk.saferhub.shared.web.FormErrors;

/**
 * The crime data upload form: one data.police.uk file (a .csv, .csv.gz, .zip or API .json), and the force of an API
 * answer whose file name does not name one.
 */
record CrimeUploadForm(MultipartFile file, @Size(max = 40, message = "{crimedata.upload.force.unknown}") String force) {

    static CrimeUploadForm empty() {
        return new CrimeUploadForm(null, null);
    }

    /** The force chosen, or null. */
    String forceKey() {
        return force == null || force.isBlank() ? null : force.strip();
    }

    /** A file chosen, of a kind the importer reads, and no larger than the upload limit; a force known, if any. */
    void check(Errors errors, long maxBytes, java.util.Set<String> forces) {
        if (forceKey() != null && !forces.contains(forceKey())) {
            FormErrors.reject(errors, "force", "crimedata.upload.force.unknown");
        }
        if (file == null || file.isEmpty()) {
            FormErrors.reject(errors, "file", "crimedata.upload.file.none");
            return;
        }
        String name = name().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".csv") || name.endsWith(".gz") || name.endsWith(".zip") || name.endsWith(".json"))) {
            FormErrors.reject(errors, "file", "crimedata.upload.file.kind");
        } else if (file.getSize() > maxBytes) {
            FormErrors.reject(errors, "file", "crimedata.upload.file.tooLarge", maxBytes / (1024 * 1024));
        }
    }

    /** The file's own name, without any folder a browser sent. */
    String name() {
        String sent = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "upload.csv" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
