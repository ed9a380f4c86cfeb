package uk.saferhub.geography.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;

/** The form for an area made of wards: its type, code, name, parent and the wards chosen. */
public class AreaForm {

    private String type;
    private String code;
    private String name;
    private String parentId;
    private List<String> wardIds = new ArrayList<>();

    static AreaForm of(Place area, List<Place> wards) {
        AreaForm form = new AreaForm();
        form.type = area.type().name();
        form.code = area.code();
        form.name = area.name();
        form.parentId = area.parentId() == null ? "" : area.parentId().toString();
        form.wardIds = new ArrayList<>(wards.stream().map(ward -> ward.id().toString()).toList());
        return form;
    }

    PlaceType placeType() {
        return Arrays.stream(PlaceType.values()).filter(value -> value.name().equals(type)).findFirst().orElse(null);
    }

    UUID parent() {
        return uuid(parentId);
    }

    /** The wards chosen; anything that is not an id becomes one no ward has, so the change is refused. */
    Set<UUID> wards() {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : wardIds) {
            UUID ward = uuid(id);
            ids.add(ward == null ? new UUID(0, 0) : ward);
        }
        return ids;
    }

    boolean chosen(UUID ward) {
        return wardIds.contains(ward.toString());
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return new UUID(0, 0);
        }
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public List<String> getWardIds() {
        return wardIds;
    }

    public void setWardIds(List<String> wardIds) {
        this.wardIds = wardIds == null ? new ArrayList<>() : wardIds;
    }
}
