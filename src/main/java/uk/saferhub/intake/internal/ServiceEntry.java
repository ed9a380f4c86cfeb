package uk.saferhub.intake.internal;

/** A service of the list as coordinators keep it: the Open311 service with its place in the list and whether residents may report it now. */
public record ServiceEntry(String code, String name, String description, String group, String keywords,
        Service.Responsibility responsibility, int position, boolean active, int attributes) {
}
