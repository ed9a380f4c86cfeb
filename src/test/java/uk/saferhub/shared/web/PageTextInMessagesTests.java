package uk.saferhub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import uk.saferhub.directory.OrganisationType;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.geography.PlaceType;

/**
 * Page text lives in {@code messages.properties} (and each module's {@code messages/*.properties}), so a council can
 * change wording without code: no template writes words of its own that reach the page, and every message a
 * template or a validation annotation names exists.
 */
class PageTextInMessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");


    /** Attributes a person reads or hears. */
    private static final List<String> READ_ATTRIBUTES = List.of("aria-label", "alt", "title", "placeholder");

    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");

    /** Attributes whose expressions write what a person reads. */
    private static final List<String> EXPRESSION_ATTRIBUTES =
            List.of("th:text", "th:utext", "th:attr", "th:title", "th:aria-label", "th:placeholder", "th:alt");

    /** A quoted literal inside an expression. */
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

    /** Literals that are not words for a person: field names, message keys and their prefixes, ids, dates. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "[a-z][a-zA-Z0-9_]*(\\.[a-zA-Z0-9_]+)+\\.?|\\.?[a-z][a-zA-Z0-9]*|-?[a-z0-9_.:/#-]* ?| ?[a-zA-Z0-9]+(-[a-z0-9]+)+|[A-Z][A-Z_]+|[\\w.]*[\\[\\]][\\w.]*|[dMyHhmsaEL ,:/.-]+");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?:#\\{|#messages\\.msg[A-Za-z]*\\(')([A-Za-z][A-Za-z0-9_.-]*)");
    private static final Pattern ANNOTATION_KEY = Pattern.compile(
            "(?:(?:message|name) = |new NavigationItem\\(\\d+, )\"\\{?([a-z][A-Za-z0-9_.]+)\\}?\"");

    @Test
    void noTemplateWritesTextOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Document page = Jsoup.parse(Files.readString(template), "", Parser.xmlParser()); // as written: fragments of tables stay whole
            for (Element element : page.getAllElements()) {
                for (String attribute : READ_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && WORDS.matcher(element.attr(attribute)).find()) {
                        found.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute)
                                + "\"");
                    }
                }
                for (String attribute : EXPRESSION_ATTRIBUTES) {
                    if (element.hasAttr(attribute)) {
                        words(element.attr(attribute)).forEach(literal -> found.add(
                                TEMPLATES.relativize(template) + ": " + attribute + " writes '" + literal + "'"));
                    }
                }
                for (String fragment : List.of("th:replace", "th:insert")) {
                    words(element.attr(fragment)).forEach(literal -> found.add(
                            TEMPLATES.relativize(template) + ": " + fragment + " passes '" + literal + "'"));
                }
                for (Node child : element.childNodes()) {
                    if (child instanceof TextNode text && WORDS.matcher(text.text()).find() && written(element)) {
                        found.add(TEMPLATES.relativize(template) + ": \"" + text.text().strip() + "\"");
                    }
                }
            }
        }
        assertThat(found).as("text written in templates instead of messages").isEmpty();
    }

    @Test
    void everyMessageNamedExists() throws IOException {
        Properties messages = messages();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                String key = keys.group(1);
                boolean found = key.endsWith(".") // the start of keys built as the page is drawn
                        ? messages.stringPropertyNames().stream().anyMatch(name -> name.startsWith(key))
                        : messages.containsKey(key);
                if (!found) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher keys = ANNOTATION_KEY.matcher(Files.readString(source));
                while (keys.find()) {
                    String key = keys.group(1);
                    if (key.contains(".") && !messages.containsKey(key)) {
                        missing.add(JAVA.relativize(source) + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("messages named but not in messages.properties").isEmpty();
    }

    /**
     * A message given values is a MessageFormat pattern, where a lone apostrophe is swallowed ("the persons role");
     * type-mismatch messages are always given the field's label.
     */
    @Test
    void messagesGivenValuesDoubleTheirApostrophes() throws IOException {
        Properties messages = messages();
        Set<String> lone = new TreeSet<>();
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            boolean formatted = key.startsWith("typeMismatch.") || Pattern.compile("\\{\\d").matcher(text).find();
            if (formatted && text.replace("''", "").contains("'")) {
                lone.add(key + "=" + text);
            }
        }
        assertThat(lone).as("apostrophes to write as '' in messages given values").isEmpty();
    }

    /** A message given no values is shown as written, so a doubled apostrophe would show doubled ("partnership''s"). */
    @Test
    void messagesGivenNoValuesWriteOneApostrophe() throws IOException {
        Properties messages = messages();
        Set<String> doubled = new TreeSet<>();
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            boolean formatted = key.startsWith("typeMismatch.") || Pattern.compile("\\{\\d").matcher(text).find();
            if (!formatted && text.contains("''")) {
                doubled.add(key + "=" + text);
            }
        }
        assertThat(doubled).as("apostrophes doubled in messages shown as written").isEmpty();
    }

    /** The literals of an expression that are words a person reads. */
    private static List<String> words(String expression) {
        List<String> words = new ArrayList<>();
        Matcher literals = LITERAL.matcher(expression);
        while (literals.find()) {
            String literal = literals.group(1);
            if (WORDS.matcher(literal).find() && !NOT_WORDS.matcher(literal).matches()) {
                words.add(literal);
            }
        }
        return words;
    }

    /** Whether an element's own text reaches the page: not when an attribute of it or an ancestor replaces it. */
    private static boolean written(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at.tagName().equals("script") || at.tagName().equals("style")
                    || at.hasAttr("th:text") || at.hasAttr("th:utext") || replaced(at)
                    || at.hasAttr("th:insert") || at.hasAttr("th:remove")) {
                return false;
            }
        }
        return true;
    }

    /** Replaced by a fragment: not the layout, which takes the page's own parts (its main, its title) and shows them. */
    private static boolean replaced(Element element) {
        return element.hasAttr("th:replace") && !element.attr("th:replace").strip().startsWith("~{layout ::");
    }

    /** English a domain enum carries, which a template would show instead of the messages' words. */
    private static final Pattern ENUM_ENGLISH = Pattern.compile(
            "type\\(\\)\\.label\\(\\)|\\.plural\\(\\)|parentRelation\\(\\)|parentVerb\\(\\)");

    /** A type's name on a page comes from the messages ({@code #{${'geography.placeType.' + place.type()}}}). */
    @Test
    void noTemplateShowsAnEnumsOwnEnglish() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template);
            for (int i = 0; i < lines.size(); i++) {
                Matcher english = ENUM_ENGLISH.matcher(lines.get(i));
                while (english.find()) {
                    found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + " calls " + english.group());
                }
            }
        }
        assertThat(found).as("words from a domain enum instead of messages").isEmpty();
    }

    /** Every type of place, document and organisation has its words in the messages, in every form the pages use. */
    @Test
    void everyTypeHasItsWords() throws IOException {
        Properties messages = messages();
        Set<String> missing = new TreeSet<>();
        List<String> placeForms = List.of("", "plural.", "lower.", "lower.plural.");
        for (PlaceType type : PlaceType.values()) {
            placeForms.forEach(form -> expect(messages, "geography.placeType." + form + type.name(), missing));
        }
        List<String> documentForms = List.of("", "lower.", "parentRelation.", "lower.parentRelation.", "parentVerb.");
        for (DocumentType type : DocumentType.values()) {
            documentForms.forEach(form -> expect(messages, "documents.type." + form + type.name(), missing));
        }
        for (OrganisationType type : OrganisationType.values()) {
            expect(messages, "directory.organisationType." + type.name(), missing);
        }
        assertThat(missing).as("words of a type missing from the messages").isEmpty();
    }

    private static void expect(Properties messages, String key, Set<String> missing) {
        if (!messages.containsKey(key)) {
            missing.add(key);
        }
    }

    /** Templates use their own module's folder, the layout and the shared partials, never another module's folder. */
    @Test
    void noTemplateReachesIntoAnotherModulesFolder() throws IOException {
        Pattern reference = Pattern.compile("~\\{\\s*([a-z-]+)/");
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Path relative = TEMPLATES.relativize(template);
            String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
            Matcher references = reference.matcher(Files.readString(template));
            while (references.find()) {
                String used = references.group(1);
                if (!used.equals(folder) && !used.equals("partials")) {
                    found.add(relative + " uses " + used + "/");
                }
            }
        }
        assertThat(found).as("templates using another module's templates").isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties messages() throws IOException {
        Properties all = new Properties();
        List<Path> files = new ArrayList<>(List.of(Path.of("src/main/resources/messages.properties")));
        try (Stream<Path> modules = Files.list(Path.of("src/main/resources/messages"))) {
            files.addAll(modules.filter(path -> path.toString().endsWith(".properties")).toList());
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                all.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }
}
