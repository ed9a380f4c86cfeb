package uk.saferhub.harness;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;

/**
 * Builds a request that reaches a handler: path variables filled with the given record's (otherwise a random UUID, a
 * number or an enum constant, by the parameter's type), required request parameters likewise, an empty JSON body
 * where the handler reads one (so the request passes binding and reaches authorisation), and a CSRF token on page
 * requests that change something.
 */
final class ProbeRequests {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(:[^}]*)?}");
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private ProbeRequests() {
    }

    /** A request to each pattern of the endpoint, as its preferred method. */
    static Map<String, MockHttpServletRequestBuilder> to(HandlerCatalogue.Endpoint endpoint) {
        return to(endpoint, endpoint.preferredMethod(), Map.of());
    }

    /**
     * A request to each pattern of the endpoint as the given method, with the given path variables (by name) and
     * sample values for the rest.
     */
    static Map<String, MockHttpServletRequestBuilder> to(HandlerCatalogue.Endpoint endpoint, RequestMethod method,
            Map<String, String> pathValues) {
        Map<String, String> values = values(endpoint, PathVariable.class);
        values.putAll(pathValues);
        Map<String, String> params = values(endpoint, RequestParam.class);
        String body = body(endpoint);
        var requests = new HashMap<String, MockHttpServletRequestBuilder>();
        for (String pattern : endpoint.patterns()) {
            String url = fill(pattern, values);
            var builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(method.name()), url);
            params.forEach(builder::param);
            if (body != null) {
                builder.contentType(MediaType.APPLICATION_JSON).content(body);
            }
            if (!endpoint.isApi() && method != RequestMethod.GET && method != RequestMethod.HEAD) {
                builder.with(csrf());
            }
            requests.put(method + " " + pattern + (url.equals(pattern) ? "" : " as " + url), builder);
        }
        return requests;
    }

    /** An empty JSON array or object for a handler that reads a request body; null for one that does not. */
    private static String body(HandlerCatalogue.Endpoint endpoint) {
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return Collection.class.isAssignableFrom(parameter.getParameterType()) ? "[]" : "{}";
            }
        }
        return null;
    }

    static String fill(String pattern, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(pattern.replace("/**", "/x"));
        var url = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(url,
                    Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), UUID.randomUUID().toString())));
        }
        matcher.appendTail(url);
        return url.toString();
    }

    /** Values for the handler's path variables or required request parameters, by name. */
    private static Map<String, String> values(HandlerCatalogue.Endpoint endpoint,
            Class<? extends java.lang.annotation.Annotation> kind) {
        var values = new HashMap<String, String>();
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            if (kind == PathVariable.class && parameter.hasParameterAnnotation(PathVariable.class)) {
                PathVariable variable = AnnotatedElementUtils.findMergedAnnotation(
                        parameter.getParameter(), PathVariable.class);
                values.put(nameOf(variable.name(), parameter), sample(parameter.getParameterType()));
            }
            if (kind == RequestParam.class && parameter.hasParameterAnnotation(RequestParam.class)) {
                RequestParam param = AnnotatedElementUtils.findMergedAnnotation(
                        parameter.getParameter(), RequestParam.class);
                boolean simple = !Map.class.isAssignableFrom(parameter.getParameterType())
                        && !parameter.getParameterType().getName().contains("Multipart");
                if (param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
                        && !parameter.isOptional() && simple) {
                    values.put(nameOf(param.name(), parameter), sample(parameter.getParameterType()));
                }
            }
        }
        return values;
    }

    private static String nameOf(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    private static String sample(Class<?> type) {
        if (type.isEnum() && type.getEnumConstants().length > 0) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "1";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type == java.time.LocalDate.class) {
            return "2026-01-01";
        }
        return UUID.randomUUID().toString();
    }
}
