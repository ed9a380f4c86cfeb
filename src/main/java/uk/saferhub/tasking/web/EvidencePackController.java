package uk.saferhub.tasking.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.crimedata.CrimeCharts;
import uk.saferhub.crimedata.HarmWeights;
import uk.saferhub.documents.HousePdf;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.TaskingAnalysis;
import uk.saferhub.tasking.internal.AreaCrime;
import uk.saferhub.tasking.internal.LocalAnalysis;

/**
 * The crime evidence pack of a tasking cycle: for each area of the group, the last months of data.police.uk crime
 * up to the meeting (or the latest held), with changes, control limits and hot spots, as a page and a PDF. Readers who
 * may see the group (council officers too: the figures are public data, never intelligence).
 */
@Controller
class EvidencePackController {

    static final int DEFAULT_MONTHS = 6;
    static final int MOST_MONTHS = 24;
    static final int TOP = 10;

    private final TaskingAnalysis analyses;
    private final HarmWeights harm;
    private final HousePdf pdf;
    private final PageWords words;

    EvidencePackController(TaskingAnalysis analyses, HarmWeights harm, HousePdf pdf, PageWords words) {
        this.analyses = analyses;
        this.harm = harm;
        this.pdf = pdf;
        this.words = words;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/groups/{bodyId}/evidence-pack")
    String page(Actor actor, @PathVariable UUID bodyId, @RequestParam(required = false) String meeting,
            @RequestParam(required = false) Integer months, Model model) {
        model.addAllAttributes(pack(actor, bodyId, meeting, months, true));
        return "tasking/evidence-pack";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/groups/{bodyId}/evidence-pack.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID bodyId, @RequestParam(required = false) String meeting,
            @RequestParam(required = false) Integer months) {
        Map<String, Object> values = pack(actor, bodyId, meeting, months, false);
        byte[] printed = pdf.print("tasking/evidence-pack-pdf", values, (String) values.get("packTitle"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("evidence-pack.pdf")
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff").body(printed);
    }

    private Map<String, Object> pack(Actor actor, UUID bodyId, String meeting, Integer months, boolean charts) {
        int n = months == null ? DEFAULT_MONTHS : Math.max(1, Math.min(MOST_MONTHS, months));
        LocalAnalysis analysis = analyses.analysis(actor, BodyId.of(bodyId), meeting);
        YearMonth to = YearMonth.from(analysis.meeting().start()).minusMonths(1);
        List<AreaCrime> areas = analyses.crime(analysis.group(), to.minusMonths(n - 1L), to, TOP);
        String day = words.text("evidence.day", java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK).format(analysis.meeting().start()));
        Map<String, String> chartsByArea = new java.util.LinkedHashMap<>();
        if (charts) {
            for (AreaCrime area : areas) {
                chartsByArea.put(area.area().code(), CrimeCharts.trend("trend-" + area.area().code(),
                        area.summary().trend().months(), area.summary().trend().limits(),
                        area.summary().trend().signal() != null && area.summary().trend().signal().beyondNormal(),
                        new CrimeCharts.Words(words.text("crime.trend.chart.title", area.area().name()),
                                words.text("crime.trend.chart.description"), words.text("crime.trend.upper"),
                                words.text("crime.trend.centre"), words.text("crime.trend.lower"),
                                words.text("crime.trend.column"))));
            }
        }
        return Map.of("group", analysis.group(), "meeting", analysis.meeting(), "areas", areas, "months", n,
                "charts", chartsByArea, "harmWeights", harm.all(),
                "packTitle", words.text("evidence.title", analysis.group().name(), day), "meetingDay", day);
    }
}
