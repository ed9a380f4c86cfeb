package uk.saferhub.harness;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every handler method the application maps, found at run time in every {@link RequestMappingInfoHandlerMapping} of
 * the context, with the access rule it declares. Handlers of the framework (see {@link #FRAMEWORK_PACKAGES}) are left
 * out: they are secured by the filter chains, not by annotations.
 */
final class HandlerCatalogue {

    /**
     * The only handlers the walk skips: springdoc's OpenAPI and Swagger UI controllers (public by design) and Spring
     * Boot Actuator's endpoints (secured by the page chain: health public, the rest for administrators). A handler of
     * any other package outside {@code uk.saferhub} fails the walk, so adding one is a decision.
     */
    static final List<String> FRAMEWORK_PACKAGES = List.of("org.springdoc.", "org.springframework.boot.actuate.",
            "org.springframework.boot.webmvc.actuate.");

    private static final Pattern ROLE_EXPRESSION = Pattern.compile(
            "\\s*has(Any)?(Role|Authority)\\(\\s*('[A-Z_]+'\\s*(,\\s*'[A-Z_]+'\\s*)*)\\)\\s*");

    private HandlerCatalogue() {
    }

    /** Every application handler, sorted by its first pattern. */
    static List<Endpoint> endpoints(ApplicationContext context) {
        var endpoints = new ArrayList<Endpoint>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                if (!isFramework(handler)) {
                    endpoints.add(new Endpoint(info, handler, ruleOf(handler)));
                }
            });
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    /** Handler classes neither in the application nor on the framework skip list: the walk cannot judge them. */
    static List<String> unknownHandlers(ApplicationContext context) {
        var unknown = new TreeSet<String>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().values().stream()
                    .filter(handler -> !handler.getBeanType().getName().startsWith("uk.saferhub."))
                    .filter(handler -> !isFramework(handler))
                    .forEach(handler -> unknown.add(handler.getBeanType().getName()));
        }
        return List.copyOf(unknown);
    }

    static boolean isFramework(HandlerMethod handler) {
        String type = handler.getBeanType().getName();
        return FRAMEWORK_PACKAGES.stream().anyMatch(type::startsWith);
    }

    static AccessRule ruleOf(HandlerMethod handler) {
        String preAuthorize = preAuthorize(handler.getMethod());
        if (preAuthorize == null) {
            preAuthorize = preAuthorize(handler.getBeanType());
        }
        String jsr250 = jsr250(handler.getMethod());
        if (jsr250 == null) {
            jsr250 = jsr250(handler.getBeanType());
        }
        return new AccessRule(preAuthorize, jsr250);
    }

    private static String preAuthorize(AnnotatedElement element) {
        PreAuthorize annotation = AnnotatedElementUtils.findMergedAnnotation(element, PreAuthorize.class);
        return annotation == null ? null : annotation.value();
    }

    private static String jsr250(AnnotatedElement element) {
        if (AnnotatedElementUtils.hasAnnotation(element, PermitAll.class)) {
            return "@PermitAll";
        }
        if (AnnotatedElementUtils.hasAnnotation(element, DenyAll.class)) {
            return "@DenyAll";
        }
        RolesAllowed roles = AnnotatedElementUtils.findMergedAnnotation(element, RolesAllowed.class);
        return roles == null ? null : "@RolesAllowed(" + String.join(",", roles.value()) + ")";
    }

    /** What a handler declares: its {@code @PreAuthorize} expression and its JSR-250 annotation, either may be null. */
    record AccessRule(String preAuthorize, String jsr250) {

        boolean declared() {
            return preAuthorize != null || jsr250 != null;
        }

        /** Open to anyone: every rule it declares lets everyone in. */
        boolean isPublic() {
            boolean preOpen = preAuthorize == null || preAuthorize.replace(" ", "").matches("permitAll(\\(\\))?");
            boolean jsrOpen = jsr250 == null || jsr250.equals("@PermitAll");
            return declared() && preOpen && jsrOpen;
        }

        /**
         * The roles of a plain role rule ({@code hasRole('X')}, {@code hasAnyRole('X','Y')}, {@code @RolesAllowed}),
         * without the ROLE_ prefix; empty when the rule says more than that (the walk then leaves it to the
         * capability's own tests).
         */
        Set<String> plainRoles() {
            var roles = new TreeSet<String>();
            if (preAuthorize != null) {
                var matcher = ROLE_EXPRESSION.matcher(preAuthorize);
                if (!matcher.matches()) {
                    return Set.of();
                }
                for (String quoted : matcher.group(3).split(",")) {
                    roles.add(quoted.trim().replace("'", "").replaceFirst("^ROLE_", ""));
                }
            }
            if (jsr250 != null && jsr250.startsWith("@RolesAllowed(")) {
                for (String role : jsr250.substring(14, jsr250.length() - 1).split(",")) {
                    roles.add(role.replaceFirst("^ROLE_", ""));
                }
            }
            return roles;
        }

        @Override
        public String toString() {
            return preAuthorize != null && jsr250 != null ? "@PreAuthorize(" + preAuthorize + ") " + jsr250
                    : preAuthorize != null ? "@PreAuthorize(" + preAuthorize + ")" : String.valueOf(jsr250);
        }
    }

    /** One handler method with its mapping and declared access rule. */
    record Endpoint(RequestMappingInfo info, HandlerMethod handler, AccessRule rule) {

        Set<String> patterns() {
            return info.getPatternValues();
        }

        /** The HTTP methods it answers; GET when it declares none (it then answers every method). */
        Set<RequestMethod> methods() {
            var methods = info.getMethodsCondition().getMethods();
            return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
        }

        /** The method to call it with: GET when it answers GET, otherwise its first method. */
        RequestMethod preferredMethod() {
            return methods().contains(RequestMethod.GET) ? RequestMethod.GET
                    : methods().stream().sorted().findFirst().orElseThrow();
        }

        /** "METHOD /pattern" for each pattern and method; "ANY" when the mapping names no method. */
        Set<String> keys() {
            var keys = new TreeSet<String>();
            var declared = info.getMethodsCondition().getMethods();
            for (String pattern : patterns()) {
                if (declared.isEmpty()) {
                    keys.add("ANY " + pattern);
                }
                declared.forEach(method -> keys.add(method + " " + pattern));
            }
            return keys;
        }

        boolean isApi() {
            return patterns().stream().anyMatch(pattern -> pattern.startsWith("/api/"));
        }

        boolean isErrorPage() {
            return patterns().contains("/error");
        }

        String name() {
            return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
        }

        @Override
        public String toString() {
            return String.join(", ", keys()) + " -> " + name();
        }
    }
}
