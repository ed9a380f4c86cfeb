package uk.saferhub.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.documents.HousePdf;
import uk.saferhub.meetings.AgendaLine;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;

/**
 * Prints reports in the seeds' form as PDF, and a meeting's public agenda pack: a front sheet, the agenda, then each
 * public report in agenda order, each starting on a right-hand (odd) page with "This page is intentionally left
 * blank" where it would otherwise start on a left-hand one. Exempt reports are left out of the pack and listed by
 * title and exemption only, whoever asks for it.
 */
@Service
public class ReportPrinting {

    private final HousePdf pdf;
    private final Reports reports;
    private final Meetings meetings;
    private final Partnership partnership;

    ReportPrinting(HousePdf pdf, Reports reports, Meetings meetings, Partnership partnership) {
        this.pdf = pdf;
        this.reports = reports;
        this.meetings = meetings;
        this.partnership = partnership;
    }

    /** One report as PDF. */
    public byte[] report(Report report) {
        return pdf.print("reports/pdf", Map.of("report", report), report.details().title());
    }

    /** A line of the pack's agenda: the item, and whether its report is in the pack or exempt. */
    public record PackLine(int number, String title, boolean exempt, String exemptReason, boolean inPack) {
    }

    /** The meeting's public agenda pack, for anyone who may see the meeting. */
    @Transactional(readOnly = true)
    public byte[] pack(Actor actor, Meeting meeting) {
        return pack(actor, meeting, false);
    }

    /** As {@link #pack(Actor, Meeting)}; on the public site only the reports published there are printed. */
    @Transactional(readOnly = true)
    public byte[] pack(Actor actor, Meeting meeting, boolean publishedOnly) {
        List<Report> all = reports.allOfMeeting(actor, meeting).stream()
                .filter(r -> !publishedOnly || r.published() || r.details().exempt())
                .sorted(Comparator.comparing((Report r) -> r.details().itemNumber(),
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<Report> published = all.stream().filter(r -> !r.details().exempt()).toList();
        List<Report> exempt = all.stream().filter(r -> r.details().exempt()).toList();
        Set<Integer> inPack = published.stream().map(r -> r.details().itemNumber()).filter(n -> n != null)
                .collect(Collectors.toSet());
        // The public pack shows the agenda as the public sees it, whoever prints it.
        List<PackLine> agenda = new ArrayList<>();
        for (AgendaLine line : meetings.agendaOf(null, meeting, true)) {
            agenda.add(new PackLine(line.number(), line.title(), line.exempt(), line.exemptReason(),
                    inPack.contains(line.number())));
        }
        String body = partnership.body(meeting.bodyId()).map(b -> b.name()).orElse(meeting.title());
        Map<String, Object> values = new HashMap<>();
        values.put("meeting", meeting);
        values.put("bodyName", body);
        values.put("agenda", agenda);
        values.put("exempt", exempt);
        byte[] front = pdf.print("reports/pack-front", values, body);
        byte[] blank = pdf.print("reports/blank", Map.of(), body);
        try (PDDocument pack = Loader.loadPDF(front); PDDocument blankPage = Loader.loadPDF(blank)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Report report : published) {
                if (pack.getNumberOfPages() % 2 == 1) {
                    merger.appendDocument(pack, blankPage);
                }
                try (PDDocument printed = Loader.loadPDF(report(report))) {
                    merger.appendDocument(pack, printed);
                }
            }
            pack.getDocumentInformation().setTitle(body + ", " + meeting.start().toLocalDate() + ": agenda pack");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pack.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
