package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * Text that cannot be stored (NUL and other control characters), text that hides what it says (bidirectional
 * overrides, zero-width characters) and values of the wrong kind (a number for a title, an unknown role) sent to pages
 * and to the API: a page shows the GOV.UK error summary naming the field, the API answers 400 problem details naming
 * it, neither shows internals, nothing is changed, and invisible formatting is removed from what is kept.
 */
@SaferHubTest
class UnsafeTextInputTests {

    private static final List<String> INTERNALS = List.of("java.", "Exception", "uk.saferhub", "tools.jackson",
            "com.fasterxml", "Failed to convert", "coerce", "token");
    private static final String NUL = "Graffiti\u0000 review";
    private static final String BELL = "Graffiti\u0007 review";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext context;

    RequestPostProcessor coordinatorKey;
    UUID body;
    UUID document;

    @BeforeEach
    void aBodyAndADocumentOfHuntingdonshire() throws Exception {
        coordinatorKey = apiKeys.of("ewilson", Role.COORDINATOR);
        body = jdbc.sql("""
                select b.id from partnership_body b join organisation o on o.id = b.owning_organisation_id
                where o.name = 'Huntingdonshire District Council' order by b.name limit 1""")
                .query(UUID.class).single();
        MvcResult registered = mvc.perform(post("/api/v1/documents").with(coordinatorKey).contentType(APPLICATION_JSON)
                .content("""
                        {"type": "PROTOCOL", "title": "Unsafe text %s", "handlingLevel": "PARTNERSHIP",
                         "content": "# 1. PURPOSE\\n\\n1.1 Share the work.\\n"}""".formatted(UUID.randomUUID())))
                .andReturn();
        assertThat(registered.getResponse().getStatus()).as(registered.getResponse().getContentAsString())
                .isEqualTo(201);
        document = UUID.fromString(json.readTree(registered.getResponse().getContentAsString()).get("id").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {NUL, BELL})
    void aMeetingTitleWithAControlCharacterIsRefusedOnThePageNamingTheField(String title) throws Exception {
        long before = meetings();
        LocalDate day = LocalDate.now().plusDays(30);

        Document page = page(post("/partnership/bodies/" + body + "/meetings/new").with(csrf())
                .with(users.as("ewilson")).param("title", title).param("purpose", "Summer plan")
                .param("date.day", String.valueOf(day.getDayOfMonth()))
                .param("date.month", String.valueOf(day.getMonthValue()))
                .param("date.year", String.valueOf(day.getYear()))
                .param("startTime", "18:00").param("endTime", "19:30").param("location", "Community Centre"));

        assertNamedInErrorSummary(page, "title", "Title contains a control character");
        assertThat(page.select("#title").attr("value")).isEqualTo("Graffiti review");
        assertThat(meetings()).as("meetings").isEqualTo(before);
    }

    @Test
    void aLineBreakInAOneLineFieldOnAPageIsRefusedSayingSo() throws Exception {
        long before = meetings();
        LocalDate day = LocalDate.now().plusDays(31);

        Document page = page(post("/partnership/bodies/" + body + "/meetings/new").with(csrf())
                .with(users.as("ewilson")).param("title", "Tasking\r\nmeeting").param("purpose", "Summer plan")
                .param("date.day", String.valueOf(day.getDayOfMonth()))
                .param("date.month", String.valueOf(day.getMonthValue()))
                .param("date.year", String.valueOf(day.getYear()))
                .param("startTime", "18:00").param("endTime", "19:30").param("location", "Community Centre"));

        assertNamedInErrorSummary(page, "title", "Remove the line breaks: this field takes a single line");
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void aMeetingFieldWithAControlCharacterIsRefusedByTheApiNamingTheField() throws Exception {
        long before = meetings();

        JsonNode problem = refused(post("/api/v1/bodies/" + body + "/meetings"), """
                {"title": "Tasking", "location": "Hall\\u0000 B", "start": "2031-03-04T10:00",
                 "end": "2031-03-04T12:00"}""", "location");

        assertThat(problem.get("detail").asString()).contains("location", "control character");
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void bidirectionalOverridesAndZeroWidthCharactersAreRemovedFromATitle() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/bodies/" + body + "/meetings").with(coordinatorKey)
                .contentType(APPLICATION_JSON).content("""
                        {"title": "Tasking \\u202Egnitsat\\u202C\\u200B group\\u2066\\uFEFF\\u2069", "start":
                         "2031-03-05T10:00", "end": "2031-03-05T12:00"}""")).andReturn();

        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        UUID id = UUID.fromString(json.readTree(created.getResponse().getContentAsString()).get("id").asString());
        assertThat(jdbc.sql("select title from meeting where id = ?").param(id).query(String.class).single())
                .isEqualTo("Tasking gnitsat group");
    }

    @Test
    void aDocumentTitleWithAControlCharacterIsRefusedOnThePageAndByTheApi() throws Exception {
        long before = documents();

        Document page = page(post("/documents/new").with(csrf()).with(users.as("ewilson"))
                .param("type", "PROTOCOL").param("title", NUL).param("handlingLevel", "PARTNERSHIP")
                .param("content", "# 1. PURPOSE\n\n1.1 Share the work.\n"));
        refused(post("/api/v1/documents"), """
                {"type": "PROTOCOL", "title": "Graffiti\\u0000", "handlingLevel": "PARTNERSHIP",
                 "content": "# 1. PURPOSE\\n"}""", "title");

        assertNamedInErrorSummary(page, "title", "Title contains a control character");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void aDraftWithAControlCharacterIsRefusedOnThePageAndByTheApi() throws Exception {
        String content = draft();

        Document page = page(post("/documents/" + document + "/draft").with(csrf()).with(users.as("ewilson"))
                .param("content", "# 1. PURPOSE\n\n1.1 \u0000Share\n").param("changeNote", "Tidied"));
        refused(put("/api/v1/documents/" + document + "/draft"), """
                {"content": "# 1. PURPOSE\\n\\n1.1 Share\\n", "changeNote": "Tid\\u0001ied"}""", "changeNote");

        assertNamedInErrorSummary(page, "content", "Content contains a control character");
        assertThat(draft()).isEqualTo(content);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "true", "4.5", "{\"text\": \"x\"}", "[\"x\"]"})
    void aTitleThatIsNotAJsonStringIsRefusedNamingTheField(String title) throws Exception {
        long before = documents();

        JsonNode problem = refused(post("/api/v1/documents"), """
                {"type": "PROTOCOL", "title": %s, "handlingLevel": "PARTNERSHIP", "content": "# 1. PURPOSE\\n"}"""
                .formatted(title), "title");

        assertThat(problem.get("detail").asString()).isEqualTo(
                "The value of title is not valid: use text in double quotes.");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void anUnknownRoleOnTheNewUserFormIsAPlainErrorOnTheRolesField() throws Exception {
        String username = "superuser" + UUID.randomUUID().toString().substring(0, 8);

        Document page = page(post("/admin/users").with(csrf()).with(users.as("admin"))
                .param("username", username).param("displayName", "Super User")
                .param("email", username + "@example.org")
                .param("organisationId", users.actor("admin").organisationId().toString())
                .param("roles", "READER", "SUPERUSER")
                .param("password", "a long enough password 2026").param("confirmPassword",
                        "a long enough password 2026"));

        assertNamedInErrorSummary(page, "roles", "Choose roles from the options given");
        assertThat(jdbc.sql("select count(*) from user_account where username = ?").param(username)
                .query(Long.class).single()).isZero();
    }

    @Test
    void wrongKindsOfValueInTheApisQueryAndPathAreRefusedNamingTheParameter() throws Exception {
        JsonNode date = problem(mvc.perform(get("/api/v1/bodies/" + body + "/meetings").param("from", "yesterday")
                .with(coordinatorKey)).andReturn());
        JsonNode text = problem(mvc.perform(get("/api/v1/bodies/" + body + "/meetings").param("from", "2030-01-0\u0000")
                .with(coordinatorKey)).andReturn());
        JsonNode id = problem(mvc.perform(get("/api/v1/bodies/not-an-id/meetings").with(coordinatorKey)).andReturn());

        assertThat(date.get("detail").asString()).isEqualTo(
                "The value of from is not valid: use a date as yyyy-mm-dd.");
        assertThat(text.get("field").asString()).isEqualTo("from");
        assertThat(id.get("detail").asString()).isEqualTo("The value of id is not valid: use an id (a UUID).");
    }

    @Test
    void aBoundaryFileWithNaNIsRefusedSayingWhereWithoutTheParsersWords() throws Exception {
        byte[] nan = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"NAME": "Nowhere"}, "geometry": {"type": "Polygon",
                   "coordinates": [[[NaN, 52.0], [0.1, 52.0], [0.1, 52.1], [NaN, 52.0]]]}}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long before = jdbc.sql("select count(*) from place").query(Long.class).single();

        Document page = page(multipart("/places/import").file(new MockMultipartFile("file", "nan.geojson",
                "application/geo+json", nan)).param("type", "WARD").with(csrf()).with(users.as("ewilson")));

        assertNamedInErrorSummary(page, "file", "The file is not valid GeoJSON: line 3, column 25");
        assertThat(page.text()).doesNotContain("Non-standard", "NaN", "enable", "JsonReadFeature");
        assertThat(jdbc.sql("select count(*) from place").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void wrongKindsOfValueInAMeetingsJsonAreRefusedNamingTheField() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/bodies/" + body + "/meetings").with(coordinatorKey)
                .contentType(APPLICATION_JSON).content("""
                        {"title": "Attendance check", "start": "2031-04-01T10:00", "end": "2031-04-01T12:00"}"""))
                .andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        UUID meeting = UUID.fromString(json.readTree(created.getResponse().getContentAsString()).get("id")
                .asString());

        JsonNode status = refused(put("/api/v1/meetings/" + meeting + "/attendance"),
                "[{\"personId\": \"" + UUID.randomUUID() + "\", \"status\": \"MAYBE\"}]", "[0].status");
        JsonNode person = refused(put("/api/v1/meetings/" + meeting + "/attendance"),
                "[{\"personId\": \"someone\", \"status\": \"PRESENT\"}]", "[0].personId");

        assertThat(status.get("detail").asString()).startsWith("The value of [0].status is not valid: use one of ")
                .contains("PRESENT");
        assertThat(person.get("detail").asString()).isEqualTo(
                "The value of [0].personId is not valid: use an id (a UUID).");
    }

    @Test
    void aControlCharacterInAPagesQueryStringIsRefused() throws Exception {
        MvcResult result = mvc.perform(get(java.net.URI.create("/documents?q=fly%00tipping")).with(users.as("ewilson")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    /**
     * Every API endpoint that reads a JSON body is sent NUL in each of its text fields: always 400 naming a text field,
     * never 500, and nothing changed.
     */
    @Test
    void noJsonTextFieldOfAnyApiEndpointTakesANul() throws Exception {
        long before = meetings() + documents();
        List<String> probed = new ArrayList<>();
        for (var endpoint : HandlerCatalogue.endpoints(context)) {
            MethodParameter body = Stream.of(endpoint.handler().getMethodParameters())
                    .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class)).findFirst()
                    .orElse(null);
            if (!endpoint.isApi() || body == null) {
                continue;
            }
            RequestMethod method = endpoint.methods().stream().sorted().findFirst().orElseThrow();
            for (String field : textFields(body.getGenericParameterType())) {
                String content = withNul(body.getGenericParameterType(), field);
                for (String pattern : endpoint.patterns()) {
                    String path = ProbeRequests.fill(pattern, Map.of());
                    MvcResult result = mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method.name()),
                            path).with(apiKeys.of("admin", Role.ADMINISTRATOR)).contentType(APPLICATION_JSON)
                            .content(content)).andReturn();
                    String answer = result.getResponse().getContentAsString();

                    assertThat(result.getResponse().getStatus()).as("%s %s with %s", method, path, content)
                            .isEqualTo(400);
                    assertThat(json.readTree(answer).get("field").asString()).as(answer).endsWith(field);
                    assertNoInternals(answer);
                    probed.add(method + " " + path + " " + field);
                }
            }
        }
        assertThat(probed).as("text fields probed").hasSizeGreaterThan(10);
        assertThat(meetings() + documents()).isEqualTo(before);
    }

    /**
     * Every page form is posted with NUL in each of its text fields at once, as an administrator: never a 500, and the
     * NUL never comes back in the page.
     */
    @Test
    void noPageFormTakesANul() throws Exception {
        long before = meetings() + documents();
        List<String> probed = new ArrayList<>();
        for (var endpoint : HandlerCatalogue.endpoints(context)) {
            MethodParameter form = Stream.of(endpoint.handler().getMethodParameters())
                    .filter(parameter -> parameter.hasParameterAnnotation(ModelAttribute.class)).findFirst()
                    .orElse(null);
            if (endpoint.isApi() || form == null || !endpoint.methods().contains(RequestMethod.POST)) {
                continue;
            }
            Class<?> type = form.getParameterType();
            List<String> fields = type.isRecord()
                    ? Stream.of(type.getRecordComponents()).filter(component -> component.getType() == String.class)
                            .map(RecordComponent::getName).toList()
                    : Stream.of(BeanUtils.getPropertyDescriptors(type))
                            .filter(property -> property.getWriteMethod() != null
                                    && property.getPropertyType() == String.class)
                            .map(PropertyDescriptor::getName).toList();
            if (fields.isEmpty()) {
                continue;
            }
            for (String pattern : endpoint.patterns()) {
                String path = ProbeRequests.fill(pattern, Map.of());
                var request = post(path).with(csrf()).with(users.as("admin"));
                fields.forEach(field -> request.param(field, "before\u0000after"));
                MvcResult result = mvc.perform(request).andReturn();

                assertThat(result.getResponse().getStatus()).as("POST %s with NUL in %s", path, fields)
                        .isLessThan(500);
                assertThat(result.getResponse().getContentAsString()).as("POST %s", path).doesNotContain("\u0000");
                probed.add(path);
            }
        }
        assertThat(probed).as("forms probed").hasSizeGreaterThan(10);
        assertThat(meetings() + documents()).isEqualTo(before);
    }

    /** The text fields of a request body: its String components, those of a list's element record. */
    private static List<String> textFields(Type type) {
        Class<?> record = recordOf(type);
        if (record == null) {
            return List.of();
        }
        return Stream.of(record.getRecordComponents()).filter(component -> component.getType() == String.class)
                .map(RecordComponent::getName).toList();
    }

    private String withNul(Type type, String field) {
        ObjectNode object = json.createObjectNode().put(field, "before\u0000after");
        return Collection.class.isAssignableFrom(raw(type)) ? json.createArrayNode().add(object).toString()
                : object.toString();
    }

    private static Class<?> recordOf(Type type) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            return raw;
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            Class<?> element = raw(generic.getActualTypeArguments()[0]);
            return element.isRecord() ? element : null;
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
    }

    private JsonNode refused(MockHttpServletRequestBuilder request, String body, String field) throws Exception {
        MvcResult result = mvc.perform(request.with(coordinatorKey).contentType(APPLICATION_JSON).content(body))
                .andReturn();
        JsonNode problem = problem(result);
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("errors").get(field).asString()).isEqualTo(problem.get("detail").asString());
        return problem;
    }

    private JsonNode problem(MvcResult result) throws Exception {
        String answer = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(answer).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertNoInternals(answer);
        return json.readTree(answer);
    }

    private Document page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static void assertNamedInErrorSummary(Document page, String field, String message) {
        assertThat(page.select(".govuk-error-summary a[href=#" + field + "]").text()).startsWith(message);
        assertNoInternals(page.select(".govuk-error-summary").text());
        assertNoInternals(page.select(".govuk-error-message").text());
        assertThat(page.html()).doesNotContain("\u0000");
    }

    private static void assertNoInternals(String text) {
        for (String internal : INTERNALS) {
            assertThat(text).as("shows internals (%s)", internal).doesNotContain(internal);
        }
    }

    private long meetings() {
        return jdbc.sql("select count(*) from meeting").query(Long.class).single();
    }

    private long documents() {
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }

    private String draft() {
        return jdbc.sql("""
                select string_agg(content || coalesce(change_note, ''), '|' order by major, minor)
                from document_version where document_id = ?""").param(document).query(String.class).single();
    }
}
