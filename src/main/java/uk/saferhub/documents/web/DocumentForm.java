package uk.saferhub.documents.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.validation.Errors;

import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentDetails;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * What the register says about a document, as posted: type, title, summary, owner, parties, owners, approving body,
 * handling level, the document it derives from or sits under, the one it supersedes, the review period and, when
 * registering, the first draft's content.
 */
public class DocumentForm {

    /** The fields a refusal may name; anything else is shown as a problem with the whole form. */
    static final Set<String> FIELDS = Set.of("type", "title", "summary", "owningOrganisationId", "parties", "owners",
            "approvingBodyId", "handlingLevel", "parentId", "supersedesId", "reviewPeriodMonths", "content");

    private String type;
    private String title;
    private String summary;
    private String owningOrganisationId;
    private List<String> parties = new ArrayList<>();
    private List<String> owners = new ArrayList<>();
    private String approvingBodyId;
    private String handlingLevel;
    private String parentId;
    private String supersedesId;
    private String reviewPeriodMonths;
    private String content;

    /** A new document: owned by the actor's organisation, seen by the partnership, reviewed every 12 months. */
    static DocumentForm blank(Actor actor) {
        var form = new DocumentForm();
        form.owningOrganisationId = actor.organisationId().toString();
        form.handlingLevel = HandlingLevel.PARTNERSHIP.name();
        form.reviewPeriodMonths = "12";
        return form;
    }

    static DocumentForm of(Document d) {
        var form = new DocumentForm();
        form.type = d.type().name();
        form.title = d.title();
        form.summary = d.summary();
        form.owningOrganisationId = d.owningOrganisationId().toString();
        form.parties = new ArrayList<>(d.parties().stream().map(UUID::toString).sorted().toList());
        form.owners = new ArrayList<>(d.owners().stream().map(UUID::toString).toList());
        form.approvingBodyId = d.approvingBodyId() == null ? null : d.approvingBodyId().value().toString();
        form.handlingLevel = d.handlingLevel().name();
        form.parentId = d.parentId() == null ? null : d.parentId().toString();
        form.supersedesId = d.supersedesId() == null ? null : d.supersedesId().toString();
        form.reviewPeriodMonths = d.reviewPeriodMonths() == null ? null : d.reviewPeriodMonths().toString();
        return form;
    }

    /** What can be said before asking the documents service; content problems come from {@link DraftContent}. */
    void check(Errors errors) {
        if (enumValue(DocumentType.class, type) == null) {
            errors.rejectValue("type", "required", "Choose the type of document");
        }
        if (blank(title)) {
            errors.rejectValue("title", "required", "Enter the document's title");
        }
        if (!blank(owningOrganisationId) && uuid(owningOrganisationId) == null) {
            errors.rejectValue("owningOrganisationId", "invalid", "Choose the owning organisation from the list");
        }
        if (parties.stream().anyMatch(p -> uuid(p) == null)) {
            errors.rejectValue("parties", "invalid", "Choose the parties from the list of organisations");
        }
        if (owners.stream().anyMatch(p -> uuid(p) == null)) {
            errors.rejectValue("owners", "invalid", "Choose the owners from the list of people");
        }
        if (!blank(approvingBodyId) && uuid(approvingBodyId) == null) {
            errors.rejectValue("approvingBodyId", "invalid", "Choose the approving body from the list");
        }
        if (!blank(handlingLevel) && enumValue(HandlingLevel.class, handlingLevel) == null) {
            errors.rejectValue("handlingLevel", "invalid", "Choose who may see the document");
        }
        if (!blank(parentId) && uuid(parentId) == null) {
            errors.rejectValue("parentId", "invalid", "Choose the document it derives from or sits under from the list");
        }
        if (!blank(supersedesId) && uuid(supersedesId) == null) {
            errors.rejectValue("supersedesId", "invalid", "Choose the document it supersedes from the list");
        }
        if (!blank(reviewPeriodMonths) && months() == null) {
            errors.rejectValue("reviewPeriodMonths", "invalid",
                    "Enter the review period as a whole number of months, from 1 to 120");
        }
    }

    /** The details for the documents service; call only after {@link #check} found nothing wrong. */
    DocumentDetails details() {
        Set<UUID> partyIds = new LinkedHashSet<>(parties.stream().map(DocumentForm::uuid).toList());
        List<UUID> ownerIds = owners.stream().map(DocumentForm::uuid).distinct().toList();
        UUID body = uuid(approvingBodyId);
        return new DocumentDetails(enumValue(DocumentType.class, type), title, summary, uuid(owningOrganisationId),
                enumValue(HandlingLevel.class, handlingLevel), body == null ? null : BodyId.of(body), uuid(parentId),
                uuid(supersedesId), months(), partyIds, ownerIds);
    }

    private Integer months() {
        if (blank(reviewPeriodMonths)) {
            return null;
        }
        try {
            int months = Integer.parseInt(reviewPeriodMonths.strip());
            return months >= 1 && months <= 120 ? months : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> kind, String text) {
        if (blank(text)) {
            return null;
        }
        return Arrays.stream(kind.getEnumConstants()).filter(e -> e.name().equals(text.strip())).findFirst()
                .orElse(null);
    }

    private static UUID uuid(String text) {
        return DocumentRegisterController.uuid(text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getType() { return type; }
    public void setType(String value) { this.type = value; }
    public String getTitle() { return title; }
    public void setTitle(String value) { this.title = value; }
    public String getSummary() { return summary; }
    public void setSummary(String value) { this.summary = value; }
    public String getOwningOrganisationId() { return owningOrganisationId; }
    public void setOwningOrganisationId(String value) { this.owningOrganisationId = value; }
    public List<String> getParties() { return parties; }
    public void setParties(List<String> value) { this.parties = value == null ? new ArrayList<>() : value; }
    public List<String> getOwners() { return owners; }
    public void setOwners(List<String> value) { this.owners = value == null ? new ArrayList<>() : value; }
    public String getApprovingBodyId() { return approvingBodyId; }
    public void setApprovingBodyId(String value) { this.approvingBodyId = value; }
    public String getHandlingLevel() { return handlingLevel; }
    public void setHandlingLevel(String value) { this.handlingLevel = value; }
    public String getParentId() { return parentId; }
    public void setParentId(String value) { this.parentId = value; }
    public String getSupersedesId() { return supersedesId; }
    public void setSupersedesId(String value) { this.supersedesId = value; }
    public String getReviewPeriodMonths() { return reviewPeriodMonths; }
    public void setReviewPeriodMonths(String value) { this.reviewPeriodMonths = value; }
    public String getContent() { return content; }
    public void setContent(String value) { this.content = value; }
}
