package uk.saferhub.partnership.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyDetails;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.ThemeInterest;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/** A body as posted; themes one a line. */
record BodyForm(
        @NotBlank(message = "{partnership.body.name.required}")
        @Size(max = 200, message = "{partnership.body.name.tooLong}") @PlainText String name,
        @NotNull(message = "{partnership.body.type.required}") BodyType type,
        @NotNull(message = "{partnership.body.tier.required}") Tier tier,
        @Size(max = 200, message = "{partnership.body.areaCovered.tooLong}") @PlainText String areaCovered,
        Boolean statutory,
        @Size(max = 300, message = "{partnership.body.statutoryBasis.tooLong}") @PlainText String statutoryBasis,
        @Size(max = 4000, message = "{partnership.body.purpose.tooLong}")
        @PlainText(lineBreaks = true) String purpose,
        @NotNull(message = "{partnership.body.owningOrganisationId.required}") UUID owningOrganisationId,
        @NotNull(message = "{partnership.body.handlingLevel.required}") HandlingLevel handlingLevel,
        @Size(max = 2000, message = "{partnership.body.themes.tooLong}")
        @PlainText(lineBreaks = true) String themes,
        @Size(max = 2000, message = "{partnership.body.leads.tooLong}")
        @PlainText(lineBreaks = true) String leads) {

    static BodyForm empty() {
        return new BodyForm(null, null, null, null, false, null, null, null, HandlingLevel.PARTNERSHIP, null, null);
    }

    static BodyForm of(Body body) {
        return new BodyForm(body.name(), body.type(), body.tier(), body.areaCovered(), body.statutory(),
                body.statutoryBasis(), body.purpose(), body.owningOrganisationId(), body.handlingLevel(),
                body.themes().stream().filter(t -> !t.lead()).map(ThemeInterest::theme)
                        .collect(Collectors.joining("\n")),
                String.join("\n", body.leads()));
    }

    /** A statutory body names the law that makes it so. */
    void check(Errors errors) {
        if (isStatutory() && (statutoryBasis == null || statutoryBasis.isBlank())) {
            FormErrors.reject(errors, "statutoryBasis", "partnership.body.statutoryBasis.required");
        }
    }

    BodyDetails details() {
        Set<String> led = lines(leads);
        List<ThemeInterest> interests = new ArrayList<>();
        led.forEach(theme -> interests.add(new ThemeInterest(theme, true)));
        lines(themes).stream().filter(theme -> !led.contains(theme))
                .forEach(theme -> interests.add(new ThemeInterest(theme, false)));
        return new BodyDetails(name.strip(), type, tier, orNull(areaCovered), isStatutory(),
                isStatutory() ? orNull(statutoryBasis) : null, orNull(purpose), owningOrganisationId, handlingLevel,
                interests);
    }

    public boolean isStatutory() {
        return Boolean.TRUE.equals(statutory);
    }

    private static Set<String> lines(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
