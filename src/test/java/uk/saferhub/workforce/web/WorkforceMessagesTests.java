package uk.saferhub.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.DevelopmentKind;
import uk.saferhub.workforce.internal.PcsoStatus;

/** Every value the workforce pages name by a message built from its constant has that message. */
class WorkforceMessagesTests {

    @Test
    void everyStatusRoleKindLevelAndStateHasItsWords() throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages/workforce.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        Map<String, Enum<?>[]> named = Map.of(
                "workforce.pcsoStatus.", PcsoStatus.values(),
                "workforce.attachmentRole.", AttachmentRole.values(),
                "workforce.developmentKind.", DevelopmentKind.values(),
                "workforce.handlingLevel.", HandlingLevel.values(),
                "workforce.attachment.state.", AttachmentRow.State.values());
        named.forEach((prefix, values) -> assertThat(Arrays.stream(values).map(value -> prefix + value.name()))
                .as(prefix).allMatch(messages::containsKey));
        assertThat(messages).containsKeys("workforce.coverage.state.covered", "workforce.coverage.state.notCovered",
                "workforce.coverage.state.overlapping");
    }
}
