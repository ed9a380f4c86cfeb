package uk.saferhub.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a person typed into a form that could not be taken because their session had ended (the form's security
 * token no longer matched): the error page offers the text back, so minutes typed for an hour are not lost, and says
 * plainly to sign in again. Passwords and the token itself are never shown back.
 */
public record UnsentForm(String returnTo, List<Field> fields) {

    /** The request attribute the security layer sets for the error page. */
    public static final String ATTRIBUTE = UnsentForm.class.getName();

    /** One field as sent, by its name in the form. */
    public record Field(String name, String value) {
    }

    /** The text fields of the refused request worth offering back, and the page it came from on this site. */
    public static UnsentForm of(HttpServletRequest request) {
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (name.startsWith("_") || name.toLowerCase(Locale.ROOT).contains("password")) {
                continue;
            }
            for (String value : parameter.getValue()) {
                if (value != null && !value.isBlank()) {
                    fields.add(new Field(name, value));
                }
            }
        }
        return new UnsentForm(samePagePath(request), List.copyOf(fields));
    }

    /** The path of the page the form was on, when the browser said and it is on this site; else the home page. */
    private static String samePagePath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            boolean here = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            return here && path != null && path.startsWith("/") && !path.startsWith("//") ? path : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
