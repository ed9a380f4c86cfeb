package uk.saferhub.directory.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list as a CSV file to download. A cell that a spreadsheet would run as a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with a single quote, so it is shown as
 * text.
 */
final class CsvDownload {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvDownload() {
    }

    static ResponseEntity<String> of(String filename, List<String> header, List<List<String>> rows) {
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
        try (var printer = new CSVPrinter(out, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvDownload::neutralised).toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(out.toString());
    }

    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
