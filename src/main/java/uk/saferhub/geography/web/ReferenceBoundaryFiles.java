package uk.saferhub.geography.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.SaferHubProperties;

/** The GeoJSON files under the reference data folder's boundaries/, which may be imported without uploading them. */
@Component
class ReferenceBoundaryFiles {

    private final Path folder;

    ReferenceBoundaryFiles(SaferHubProperties properties) {
        this.folder = properties.referenceDataPath().resolve("boundaries");
    }

    boolean available() {
        return Files.isDirectory(folder);
    }

    /** The files' paths relative to the boundaries folder, with forward slashes, sorted. */
    List<String> files() {
        if (!available()) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".geojson")
                            || path.getFileName().toString().endsWith(".json"))
                    .map(path -> folder.relativize(path).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** One of the listed files; anything else (a path outside the folder, say) is not found. */
    Optional<Path> file(String relative) {
        return files().contains(relative) ? Optional.of(folder.resolve(relative)) : Optional.empty();
    }
}
