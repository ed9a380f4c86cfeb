package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.PcsoStatus;

/** A PCSO as a table row shows it, with the wards they cover today. */
record PcsoRow(UUID id, String name, String collarNumber, String force, UUID teamId, String team, UUID schemeId,
        String scheme, PcsoStatus status, LocalDate started, List<String> wardsToday) {

    static PcsoRow of(Pcso pcso, WorkforceNames.Lookup names, List<String> wardsToday) {
        return new PcsoRow(pcso.id(), pcso.name(), pcso.collarNumber(), names.organisation(pcso.forceId()),
                pcso.teamId(), names.organisation(pcso.teamId()), pcso.schemeId(), names.scheme(pcso.schemeId()),
                pcso.status(), pcso.startDate(), List.copyOf(wardsToday));
    }
}
