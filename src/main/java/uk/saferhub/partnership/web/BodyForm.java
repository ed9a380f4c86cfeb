package uk.saferhub.partnership.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyDetails;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.ThemeInterest;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.PlainText;

/** The body form as posted: everything as text, checked before it becomes {@link BodyDetails}. */
public class BodyForm {

    @NotBlank(message = "Enter the body's name")
    @Size(max = 200, message = "The name must be 200 characters or fewer")
    @PlainText
    private String name;
    private String type;
    private String tier;
    @Size(max = 200, message = "The area must be 200 characters or fewer")
    @PlainText
    private String areaCovered;
    private String statutory = "no";
    @Size(max = 300, message = "The statutory basis must be 300 characters or fewer")
    @PlainText
    private String statutoryBasis;
    @Size(max = 4000, message = "The purpose must be 4000 characters or fewer")
    private String purpose;
    private String owningOrganisationId;
    private String handlingLevel = HandlingLevel.PARTNERSHIP.name();
    @Size(max = 2000, message = "The themes must be 2000 characters or fewer")
    private String themes;
    @Size(max = 2000, message = "The themes led must be 2000 characters or fewer")
    private String leads;

    static BodyForm of(Body body) {
        var form = new BodyForm();
        form.name = body.name();
        form.type = body.type().name();
        form.tier = body.tier().name();
        form.areaCovered = body.areaCovered();
        form.statutory = body.statutory() ? "yes" : "no";
        form.statutoryBasis = body.statutoryBasis();
        form.purpose = body.purpose();
        form.owningOrganisationId = body.owningOrganisationId().toString();
        form.handlingLevel = body.handlingLevel().name();
        form.themes = body.themes().stream().filter(t -> !t.lead()).map(ThemeInterest::theme)
                .collect(Collectors.joining("\n"));
        form.leads = String.join("\n", body.leads());
        return form;
    }

    /** Checks the choices and the theme lines, which the annotations cannot. */
    void check(Errors errors) {
        if (!valid(BodyType.values(), type)) {
            errors.rejectValue("type", "required", "Choose the type of body");
        }
        if (!valid(Tier.values(), tier)) {
            errors.rejectValue("tier", "required", "Choose the tier the body works at");
        }
        if (!valid(HandlingLevel.values(), handlingLevel)) {
            errors.rejectValue("handlingLevel", "required", "Choose who may see the body");
        }
        if (owningOrganisationId == null || !owningOrganisationId.strip().matches("[0-9a-fA-F-]{36}")) {
            errors.rejectValue("owningOrganisationId", "required", "Choose the organisation that hosts the body");
        }
        if ("yes".equals(statutory) && (statutoryBasis == null || statutoryBasis.isBlank())) {
            errors.rejectValue("statutoryBasis", "required", "Enter the law that makes the body statutory");
        }
        for (String field : List.of("themes", "leads")) {
            String value = "themes".equals(field) ? themes : leads;
            if (value != null && (value.contains("<") || value.contains(">"))) {
                errors.rejectValue(field, "plainText", "Remove the < and > characters: themes are plain text");
            }
        }
        if (purpose != null && (purpose.contains("<") || purpose.contains(">"))) {
            errors.rejectValue("purpose", "plainText", "Remove the < and > characters: the purpose is plain text");
        }
    }

    BodyDetails details() {
        Set<String> led = lines(leads);
        List<ThemeInterest> interests = new ArrayList<>();
        led.forEach(theme -> interests.add(new ThemeInterest(theme, true)));
        lines(themes).stream().filter(theme -> !led.contains(theme))
                .forEach(theme -> interests.add(new ThemeInterest(theme, false)));
        boolean isStatutory = "yes".equals(statutory);
        return new BodyDetails(name.strip(), BodyType.valueOf(type), Tier.valueOf(tier), blank(areaCovered),
                isStatutory, isStatutory ? blank(statutoryBasis) : null, blank(purpose),
                UUID.fromString(owningOrganisationId.strip()), HandlingLevel.valueOf(handlingLevel), interests);
    }

    private static Set<String> lines(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean valid(Enum<?>[] values, String text) {
        return text != null && Arrays.stream(values).anyMatch(value -> value.name().equals(text));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTier() { return tier; }
    public void setTier(String tier) { this.tier = tier; }
    public String getAreaCovered() { return areaCovered; }
    public void setAreaCovered(String areaCovered) { this.areaCovered = areaCovered; }
    public String getStatutory() { return statutory; }
    public void setStatutory(String statutory) { this.statutory = statutory; }
    public String getStatutoryBasis() { return statutoryBasis; }
    public void setStatutoryBasis(String statutoryBasis) { this.statutoryBasis = statutoryBasis; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getOwningOrganisationId() { return owningOrganisationId; }
    public void setOwningOrganisationId(String owningOrganisationId) { this.owningOrganisationId = owningOrganisationId; }
    public String getHandlingLevel() { return handlingLevel; }
    public void setHandlingLevel(String handlingLevel) { this.handlingLevel = handlingLevel; }
    public String getThemes() { return themes; }
    public void setThemes(String themes) { this.themes = themes; }
    public String getLeads() { return leads; }
    public void setLeads(String leads) { this.leads = leads; }
}
