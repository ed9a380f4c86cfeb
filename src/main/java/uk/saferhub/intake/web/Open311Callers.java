package uk.saferhub.intake.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.identity.ApiKey;
import uk.saferhub.identity.Identity;
import uk.saferhub.intake.internal.Open311Refused;
import uk.saferhub.shared.access.Role;

/**
 * Who posts to Open311 and what they send: a SaferHub API key (as the standard's {@code api_key} form or query value,
 * or {@code Authorization: Bearer shk_...}) of a role that may write, and a form body with no document type
 * declaration or entity anywhere in it.
 */
@Component
class Open311Callers {

    private static final Set<Role> MAY_REPORT = EnumSet.of(Role.ADMINISTRATOR, Role.COORDINATOR, Role.CONTRIBUTOR);

    private final Identity identity;
    private final AuditTrail audit;

    Open311Callers(Identity identity, AuditTrail audit) {
        this.identity = identity;
        this.audit = audit;
    }

    /** The key that may post, or the standard's 403 (audited when a key was presented). */
    ApiKey poster(HttpServletRequest request) {
        String presented = presented(request);
        if (presented == null) {
            throw new Open311Refused(403, "intake.open311.apiKey");
        }
        ApiKey key = identity.authenticateApiKey(presented).orElse(null);
        if (key == null || key.roleSet().stream().noneMatch(MAY_REPORT::contains)) {
            String prefix = presented.length() >= 16 ? presented.substring(0, 16) : "(malformed)";
            audit.recordIndependently(AuditEntry.anonymous(prefix, AuditAction.API_KEY_REFUSED, "api-key", null,
                    "Refused an API key on " + request.getMethod() + " " + request.getRequestURI()));
            throw new Open311Refused(403, "intake.open311.apiKey");
        }
        return key;
    }

    /** Refuses an XML body or a form value carrying a DOCTYPE or an entity; refuses any body that is not a form. */
    void checkBody(HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.contains("xml")) {
            String body = new String(request.getInputStream().readNBytes(1 << 20), StandardCharsets.UTF_8);
            if (declares(body)) {
                throw new Open311Refused(400, "intake.open311.doctype");
            }
            throw new Open311Refused(400, "intake.open311.formRequired");
        }
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (declares(value)) {
                    throw new Open311Refused(400, "intake.open311.doctype");
                }
            }
        }
        if (!type.isEmpty() && !type.startsWith("application/x-www-form-urlencoded")
                && !type.startsWith("multipart/form-data")) {
            throw new Open311Refused(400, "intake.open311.formRequired");
        }
    }

    private static boolean declares(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        return upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY");
    }

    private static String presented(HttpServletRequest request) {
        String key = request.getParameter("api_key");
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        String header = request.getHeader("X-API-Key");
        return header == null || header.isBlank() ? null : header.strip();
    }
}
