package uk.saferhub.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvDownloadTests {

    @Test
    void cellsStartingWithAFormulaCharacterArePrefixedWithAQuote() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvDownload.neutralised(formula)).isEqualTo("'" + formula);
        }
    }

    @Test
    void ordinaryCellsAndEmptyCellsAreLeftAlone() {
        assertThat(CsvDownload.neutralised("Safer Leeds")).isEqualTo("Safer Leeds");
        assertThat(CsvDownload.neutralised("a=b")).isEqualTo("a=b");
        assertThat(CsvDownload.neutralised("")).isEmpty();
        assertThat(CsvDownload.neutralised(null)).isNull();
    }

    @Test
    void theFileHasAHeaderRowAndQuotesCommasAndQuotes() {
        String body = CsvDownload.of("test.csv", List.of("Name", "Phone"),
                List.of(Arrays.asList("Smith, \"J\"", null))).getBody();
        assertThat(body).isEqualTo("Name,Phone\r\n\"Smith, \"\"J\"\"\",\r\n");
    }
}
