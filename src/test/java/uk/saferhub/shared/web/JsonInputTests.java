package uk.saferhub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The application's JSON text rules hold wherever a string is read: fields, lists, nested records, map values. */
class JsonInputTests {

    record Tag(String label) {
    }

    record Body(String title, List<String> keywords, List<Tag> tags, Map<String, String> notes) {
    }

    private final JsonMapper json = mapper();

    private static JsonMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new JsonInput().strictScreenedText().customize(builder);
        return builder.build();
    }

    @Test
    void aControlCharacterIsRefusedWhereverTheStringIs() {
        for (String body : List.of("{\"title\": \"a\\u0000b\"}", "{\"keywords\": [\"ok\", \"a\\u0007b\"]}",
                "{\"tags\": [{\"label\": \"a\\u001bb\"}]}", "{\"notes\": {\"k\": \"a\\u0000b\"}}")) {
            assertThatThrownBy(() -> json.readValue(body, Body.class)).as(body)
                    .isInstanceOf(JsonInput.UnstorableJsonText.class)
                    .satisfies(refused -> assertThat(((MismatchedInputException) refused).getPath()).isNotEmpty());
        }
    }

    @Test
    void tabsAndLineBreaksAreKeptAndInvisibleFormattingIsRemoved() {
        Body body = json.readValue("""
                {"title": "Fly\\u200B-tipping \\u202Eweiver\\u202C", "keywords": ["a\\tb\\r\\nc"],
                 "tags": [{"label": "\\uFEFFlitter\\u2066\\u2069"}]}""", Body.class);

        assertThat(body.title()).isEqualTo("Fly-tipping weiver");
        assertThat(body.keywords()).containsExactly("a\tb\r\nc");
        assertThat(body.tags()).extracting(Tag::label).containsExactly("litter");
    }

    @Test
    void aNumberOrABooleanIsNotTakenAsText() {
        for (String body : List.of("{\"title\": 123}", "{\"title\": 1.5}", "{\"title\": false}",
                "{\"keywords\": [7]}")) {
            assertThatThrownBy(() -> json.readValue(body, Body.class)).as(body)
                    .isInstanceOf(MismatchedInputException.class);
        }
    }
}
