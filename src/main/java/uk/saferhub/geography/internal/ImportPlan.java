package uk.saferhub.geography.internal;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

import uk.saferhub.geography.FeaturePreview;
import uk.saferhub.geography.ImportPreview;
import uk.saferhub.geography.Place;

/** What an import would do, with what applying it needs: each feature's boundary, existing place and parent. */
public record ImportPlan(ImportPreview preview, List<Step> steps) {

    /** One feature: its preview row, its boundary, the place with its code (or null) and the parent it gets. */
    public record Step(FeaturePreview row, Geometry boundary, Place existing, java.util.UUID parentId) {
    }
}
