package uk.saferhub.documents.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

import uk.saferhub.documents.AgreementLayer;
import uk.saferhub.documents.AreaStage;
import uk.saferhub.documents.Document;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.MapDrawing;
import uk.saferhub.geography.MapShade;
import uk.saferhub.geography.MapSvg;
import uk.saferhub.geography.Place;

/**
 * Draws the service-agreement layer as one map per agreement: the place's wards shaded in force (filled), piloted
 * (filled in another colour with a heavy border) or not yet there (white with a dashed border), so the map reads
 * without colour too.
 */
@Component
class AgreementLayerMap {

    private final Geography geography;
    private final OptionLabels text;

    AgreementLayerMap(Geography geography, OptionLabels text) {
        this.geography = geography;
        this.text = text;
    }

    /** A drawing per agreement, in the layer's order; empty when none of the wards has a boundary. */
    Map<UUID, MapDrawing> draw(AgreementLayer layer) {
        Map<UUID, MapDrawing> maps = new LinkedHashMap<>();
        Map<UUID, Geometry> boundaries = geography.boundaries(layer.wards().stream().map(Place::id).toList());
        if (boundaries.isEmpty()) {
            return maps;
        }
        int number = 0;
        for (Document agreement : layer.agreements()) {
            number++;
            MapSvg map = MapSvg.map("agreement-map-" + number, text.text("documents.areas.map.title",
                    agreement.title(), layer.place().name()))
                    .description(text.text("documents.areas.map.description", layer.wards().size(),
                            count(layer, agreement, AreaStage.IN_FORCE), count(layer, agreement, AreaStage.PILOTED),
                            count(layer, agreement, AreaStage.NOT_YET)));
            for (Place ward : layer.wards()) {
                Geometry boundary = boundaries.get(ward.id());
                if (boundary != null) {
                    AreaStage stage = layer.stage(agreement.id(), ward.id());
                    map.shape(ward.id(), ward.name(), boundary, shade(stage), null,
                            text.text("documents.areas.stage." + stage.name()).toLowerCase());
                }
            }
            maps.put(agreement.id(), map.legend(MapShade.COVERED, text.text("documents.areas.stage.IN_FORCE"))
                    .legend(MapShade.OVERLAP, text.text("documents.areas.stage.PILOTED"))
                    .legend(MapShade.UNCOVERED, text.text("documents.areas.map.notYet"))
                    .draw());
        }
        return maps;
    }

    static MapShade shade(AreaStage stage) {
        return switch (stage) {
            case IN_FORCE -> MapShade.COVERED;
            case PILOTED -> MapShade.OVERLAP;
            case NOT_YET -> MapShade.UNCOVERED;
        };
    }

    private static long count(AgreementLayer layer, Document agreement, AreaStage stage) {
        return layer.count(agreement.id(), stage);
    }
}
