package uk.saferhub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A browser that leaves before its page is written is noted at debug level, not as an error with a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class ClientDisconnectsTests {

    private final ClientDisconnects filter = new ClientDisconnects();

    @Test
    void aBrokenPipeWhileWritingThePageIsNotAnError(CapturedOutput output) {
        assertThatCode(() -> run((request, response) -> {
            throw new ClientAbortException(new IOException("Broken pipe"));
        })).doesNotThrowAnyException();
        assertThat(output.getAll()).doesNotContain("ERROR", "Broken pipe", "at org.");
    }

    @Test
    void aDisconnectSeenThroughSpringsWrappingIsNotAnErrorEither() {
        assertThatCode(() -> run((request, response) -> {
            throw new ServletException("Request processing failed",
                    new IllegalStateException("Could not write", new IOException("Connection reset by peer")));
        })).doesNotThrowAnyException();
    }

    @Test
    void anyOtherFailureGoesOnToTheErrorHandling() {
        assertThatThrownBy(() -> run((request, response) -> {
            throw new IllegalStateException("A fault of SaferHub's own");
        })).isInstanceOf(IllegalStateException.class).hasMessage("A fault of SaferHub's own");
        assertThatThrownBy(() -> run((request, response) -> {
            throw new IOException("Disk full");
        })).isInstanceOf(IOException.class);
    }

    private void run(FilterChain chain) throws ServletException, IOException {
        filter.doFilter(new MockHttpServletRequest("GET", "/meetings"), new MockHttpServletResponse(), chain);
    }
}
