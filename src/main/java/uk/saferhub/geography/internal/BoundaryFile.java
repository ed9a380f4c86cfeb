package uk.saferhub.geography.internal;

import java.util.List;

/** A boundary file read: the property names its features carry (in first-seen order) and its features. */
public record BoundaryFile(List<String> propertyNames, List<BoundaryFeature> features) {

    public BoundaryFile {
        propertyNames = List.copyOf(propertyNames);
        features = List.copyOf(features);
    }
}
