package uk.saferhub.geography.web;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.web.multipart.MultipartFile;

import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.PlaceType;

/** The boundary import form: the file (uploaded or from the reference data) and how to read it. */
public class ImportForm {

    private MultipartFile file;
    private String referenceFile;
    private String type;
    private String codeProperty;
    private String nameProperty;
    private String parentId;
    private String parentCodeProperty;

    /** The type chosen, or null when none (or no such type) was. */
    PlaceType placeType() {
        return Arrays.stream(PlaceType.values()).filter(value -> value.name().equals(type)).findFirst().orElse(null);
    }

    UUID parent() {
        try {
            return parentId == null || parentId.isBlank() ? null : UUID.fromString(parentId);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** The settings applied to a file. */
    ImportRequest applyTo(ImportRequest file) {
        return file.with(placeType(), codeProperty, nameProperty, parent(), parentCodeProperty);
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public String getReferenceFile() {
        return referenceFile;
    }

    public void setReferenceFile(String referenceFile) {
        this.referenceFile = referenceFile;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCodeProperty() {
        return codeProperty;
    }

    public void setCodeProperty(String codeProperty) {
        this.codeProperty = codeProperty;
    }

    public String getNameProperty() {
        return nameProperty;
    }

    public void setNameProperty(String nameProperty) {
        this.nameProperty = nameProperty;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public String getParentCodeProperty() {
        return parentCodeProperty;
    }

    public void setParentCodeProperty(String parentCodeProperty) {
        this.parentCodeProperty = parentCodeProperty;
    }
}
