package uk.saferhub.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.saferhub.geography.Place;

/**
 * Which wards of a place the PCSOs' patrol attachments cover on a day, through which funding schemes; which wards no
 * scheme covers; and where schemes overlap. Only attachments of active PCSOs the viewer may see count.
 */
public record CoverageReport(Place place, LocalDate on, List<WardCover> wards) {

    /** A funding scheme as coverage names it; a null id means PCSOs in no funding scheme. */
    public record SchemeRef(UUID id, String name, String funder) {
        public static final SchemeRef NONE = new SchemeRef(null, "Not in a funding scheme", null);
    }

    /** A PCSO attached to a ward. */
    public record PcsoRef(UUID id, String name, String collarNumber, SchemeRef scheme, String role) {
    }

    /** One ward and who covers it. */
    public record WardCover(Place ward, List<SchemeRef> schemes, List<PcsoRef> pcsos) {
        public boolean covered() {
            return !pcsos.isEmpty();
        }

        public boolean overlapping() {
            return schemes.size() > 1;
        }
    }

    public List<WardCover> covered() {
        return wards.stream().filter(WardCover::covered).toList();
    }

    public List<WardCover> uncovered() {
        return wards.stream().filter(ward -> !ward.covered()).toList();
    }

    public List<WardCover> overlapping() {
        return wards.stream().filter(WardCover::overlapping).toList();
    }

    /** The distinct PCSOs attached to wards of the place. */
    public long pcsoCount() {
        return wards.stream().flatMap(ward -> ward.pcsos().stream()).map(PcsoRef::id).distinct().count();
    }

    /** Square kilometres of the place's wards per attached PCSO, when the areas are known. */
    public Double areaPerPcso() {
        long pcsos = pcsoCount();
        if (pcsos == 0 || wards.stream().anyMatch(ward -> ward.ward().areaSqKm() == null)) {
            return null;
        }
        return wards.stream().mapToDouble(ward -> ward.ward().areaSqKm()).sum() / pcsos;
    }

    /** Residents of the place's wards per attached PCSO, when every ward's population is known. */
    public Long populationPerPcso() {
        long pcsos = pcsoCount();
        if (pcsos == 0 || wards.isEmpty() || wards.stream().anyMatch(ward -> ward.ward().population() == null)) {
            return null;
        }
        return Math.round(wards.stream().mapToDouble(ward -> ward.ward().population()).sum() / pcsos);
    }

    /** The wards each scheme covers, schemes in order of first appearance. */
    public Map<SchemeRef, List<Place>> wardsByScheme() {
        Map<SchemeRef, List<Place>> byScheme = new LinkedHashMap<>();
        for (WardCover ward : wards) {
            ward.schemes().forEach(scheme -> byScheme.computeIfAbsent(scheme, s -> new ArrayList<>()).add(ward.ward()));
        }
        return byScheme;
    }
}
