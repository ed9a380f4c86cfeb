package uk.saferhub.tasking.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.documents.HousePdf;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.DisplayTime;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.TaskingMatrix;
import uk.saferhub.tasking.TaskingMatrix.Area;
import uk.saferhub.tasking.internal.CycleState;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.Rag;

/**
 * The tasking matrix, area by priority by cycle, for readers and above: the page, and the same rows as CSV, XLSX
 * (Apache POI) and a PDF in the documents' house style, each with the page's filters. Only the priorities the reader
 * may see are in any of them; opening a restricted one's row is audited as a view, as on its page.
 */
@Controller
class TaskingMatrixController {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final TaskingMatrix matrix;
    private final TaskingChoices choices;
    private final PageWords words;
    private final HousePdf pdf;
    private final java.time.Clock clock;

    TaskingMatrixController(TaskingMatrix matrix, TaskingChoices choices, PageWords words, HousePdf pdf,
            java.time.Clock clock) {
        this.clock = clock;
        this.matrix = matrix;
        this.choices = choices;
        this.words = words;
        this.pdf = pdf;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/matrix")
    String page(Actor actor, @RequestParam(required = false) UUID group,
            @RequestParam(required = false) UUID category, @RequestParam(required = false) PriorityStatus status,
            @RequestParam(required = false) Rag rag, @RequestParam(defaultValue = "6") int cycles, Model model) {
        TaskingMatrix.Filter filter = new TaskingMatrix.Filter(group, category, status, rag, cycles);
        Map<UUID, String> organisationNames = choices.organisationNames();
        model.addAttribute("areas", MatrixView.of(matrix.matrix(actor, filter), organisationNames, words));
        model.addAttribute("filter", filter);
        model.addAttribute("query", query(filter));
        model.addAttribute("groups", choices.groupOptions(actor));
        model.addAttribute("categories", choices.categories());
        model.addAttribute("statuses", PriorityStatus.values());
        model.addAttribute("rags", Rag.values());
        return "tasking/matrix";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/matrix.csv")
    ResponseEntity<byte[]> csv(Actor actor, @RequestParam(required = false) UUID group,
            @RequestParam(required = false) UUID category, @RequestParam(required = false) PriorityStatus status,
            @RequestParam(required = false) Rag rag, @RequestParam(defaultValue = "6") int cycles) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header().toArray(String[]::new)).get())) {
            for (List<String> row : rows(actor, new TaskingMatrix.Filter(group, category, status, rag, cycles))) {
                printer.printRecord(row.stream().map(TaskingMatrixController::neutralised).toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return download(out.toString().getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), "tasking-matrix.csv");
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/matrix.xlsx")
    ResponseEntity<byte[]> xlsx(Actor actor, @RequestParam(required = false) UUID group,
            @RequestParam(required = false) UUID category, @RequestParam(required = false) PriorityStatus status,
            @RequestParam(required = false) Rag rag, @RequestParam(defaultValue = "6") int cycles) {
        List<List<String>> rows = rows(actor, new TaskingMatrix.Filter(group, category, status, rag, cycles));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(words.text("tasking.matrix.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> header = header();
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
                head.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, header.size() - 1));
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 22 * 256);
            }
            workbook.write(out);
            return download(out.toByteArray(), MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "tasking-matrix.xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/matrix.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @RequestParam(required = false) UUID group,
            @RequestParam(required = false) UUID category, @RequestParam(required = false) PriorityStatus status,
            @RequestParam(required = false) Rag rag, @RequestParam(defaultValue = "6") int cycles) {
        TaskingMatrix.Filter filter = new TaskingMatrix.Filter(group, category, status, rag, cycles);
        byte[] printed = pdf.print("tasking/matrix-pdf", Map.of("areas", matrix.matrix(actor, filter),
                "organisationNames", choices.organisationNames(), "categoryNames", choices.categoryNames(),
                "printedOn", DisplayTime.dateOf(clock.instant())), words.text("tasking.matrix.title"));
        return download(printed, MediaType.APPLICATION_PDF, "tasking-matrix.pdf");
    }

    /** The exports' columns: one row per priority and cycle (a priority with no cycle shown has one row). */
    private List<String> header() {
        return List.of("tasking.matrix.col.area", "tasking.matrix.col.group", "tasking.matrix.col.priority",
                "tasking.matrix.col.category", "tasking.matrix.col.owner", "tasking.matrix.col.status",
                "tasking.matrix.col.rag", "tasking.matrix.col.ragReason", "tasking.matrix.col.openActions",
                "tasking.matrix.col.cycle", "tasking.matrix.col.cycleStatus", "tasking.matrix.col.cycleRag",
                "tasking.matrix.col.decision", "tasking.matrix.col.progress").stream().map(words::text).toList();
    }

    private List<List<String>> rows(Actor actor, TaskingMatrix.Filter filter) {
        Map<UUID, String> organisations = choices.organisationNames();
        Map<UUID, String> categories = choices.categoryNames();
        List<List<String>> rows = new ArrayList<>();
        for (Area area : matrix.matrix(actor, filter)) {
            for (TaskingMatrix.Row row : area.rows()) {
                var p = row.priority();
                List<String> fixed = List.of(nullToEmpty(area.group().areaCovered()), area.group().name(), p.title(),
                        categories.getOrDefault(p.categoryId(), ""), organisations.getOrDefault(p.owningOrganisationId(), ""),
                        words.text("tasking.status." + p.status()),
                        p.rag() == null ? "" : words.text("tasking.rag." + p.rag()), nullToEmpty(p.ragReason()),
                        String.valueOf(row.openActions()));
                boolean any = false;
                for (Meeting cycle : area.cycles()) {
                    CycleState state = row.at(cycle);
                    if (state == null) {
                        continue;
                    }
                    any = true;
                    List<String> cells = new ArrayList<>(fixed);
                    cells.add(cycle.start().toLocalDate().toString());
                    cells.add(words.text("tasking.status." + state.status()));
                    cells.add(state.rag() == null ? "" : words.text("tasking.rag." + state.rag()));
                    cells.add(state.decision() == null ? "" : words.text("tasking.review.decision." + state.decision()));
                    cells.add(nullToEmpty(state.progressNote()));
                    rows.add(cells);
                }
                if (!any) {
                    List<String> cells = new ArrayList<>(fixed);
                    cells.addAll(List.of("", "", "", "", ""));
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    private static String query(TaskingMatrix.Filter filter) {
        StringBuilder query = new StringBuilder("?cycles=").append(filter.cycles());
        if (filter.groupBodyId() != null) {
            query.append("&group=").append(filter.groupBodyId());
        }
        if (filter.categoryId() != null) {
            query.append("&category=").append(filter.categoryId());
        }
        if (filter.status() != null) {
            query.append("&status=").append(filter.status());
        }
        if (filter.rag() != null) {
            query.append("&rag=").append(filter.rag());
        }
        return query.toString();
    }

    private static <T> ResponseEntity<T> download(T body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff").body(body);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A cell a spreadsheet would run as a formula is kept as text. */
    private static String neutralised(String cell) {
        return cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 ? cell : "'" + cell;
    }
}
