package uk.saferhub.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code saferhub.*}; each is described in the README. */
@ConfigurationProperties("saferhub")
public record SaferHubProperties(
        String dataDir,
        String referenceDataDir,
        String demo,
        String demoPassword,
        Embedded embedded,
        Security security) {

    public record Embedded(boolean ephemeral) {
    }

    /**
     * Sign-in throttling: {@code maxFailedSignIns} failures of one username from one source address, or
     * {@code maxFailedSignInsPerAddress} of any usernames from it, hold that pair or address back for
     * {@code lockoutMinutes}. Accounts themselves are never locked.
     */
    public record Security(int maxFailedSignIns, int maxFailedSignInsPerAddress, int lockoutMinutes,
            long maxRequestBytes, long maxUploadBytes, java.util.List<String> largeUploadPaths) {

        public Security {
            largeUploadPaths = largeUploadPaths == null ? java.util.List.of() : java.util.List.copyOf(largeUploadPaths);
        }
    }

    /** Where SaferHub keeps its own data: the embedded database and anything else it writes. */
    public Path dataPath() {
        return Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir).toAbsolutePath().normalize();
    }

    /** The folder of real public reference data (boundaries, police.uk files), which may not exist. */
    public Path referenceDataPath() {
        return Path.of(referenceDataDir == null || referenceDataDir.isBlank() ? "../shared/data" : referenceDataDir)
                .toAbsolutePath().normalize();
    }

    /** Whether the demonstration partnership was asked for explicitly ({@code true}) or refused ({@code false}). */
    public Boolean demoRequested() {
        if (demo == null || demo.isBlank()) {
            return null;
        }
        return Boolean.parseBoolean(demo.trim());
    }
}
