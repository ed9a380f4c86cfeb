package uk.saferhub.identity.internal;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's masked (XOR) CSRF tokens, read so that a tampered token counts as a wrong one. The framework's
 * handler throws when a token of the right length unmasks to bytes that are not UTF-8, which answered 500 with a stack
 * trace to anyone, signed in or not; here such a token resolves to nothing, so the CSRF filter refuses the request
 * as it refuses any wrong token (audited, the friendly 400 page).
 */
final class MaskedCsrfTokenHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        masked.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        try {
            return masked.resolveCsrfTokenValue(request, csrfToken);
        } catch (IllegalArgumentException notUnmaskable) {
            return null;
        }
    }
}
