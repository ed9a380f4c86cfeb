package uk.saferhub.geography.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.web.Option;

/** The choices the place forms offer: types of place and the places others may sit inside. */
@Component
class PlaceChoices {

    private static final Set<PlaceType> CONTAINERS = Set.of(PlaceType.FORCE_AREA, PlaceType.DIVISION,
            PlaceType.DISTRICT, PlaceType.CITY_AREA);

    private final Geography geography;
    private final MessageSourceAccessor text;

    PlaceChoices(Geography geography, MessageSource messages) {
        this.geography = geography;
        this.text = new MessageSourceAccessor(messages);
    }

    List<Option> types() {
        return Arrays.stream(PlaceType.values()).map(type -> Option.of(type, type.label())).toList();
    }

    List<Option> areaTypes() {
        return Arrays.stream(PlaceType.values()).filter(PlaceType::madeOfWards)
                .map(type -> Option.of(type, type.label())).toList();
    }

    /** Force areas, divisions, districts and city areas, leaving out {@code except} (an area being changed). */
    List<Option> parents(UUID except) {
        return geography.all().stream().filter(place -> CONTAINERS.contains(place.type()))
                .filter(place -> !place.id().equals(except))
                .sorted(Comparator.comparing((Place place) -> place.type().ordinal())
                        .thenComparing(place -> place.name().toLowerCase()))
                .map(place -> Option.of(place.id(), text.getMessage("geography.place.option",
                        new Object[] {place.name(), place.type().label().toLowerCase()})))
                .toList();
    }

    /** A message of the place pages. */
    String text(String key, Object... arguments) {
        return text.getMessage(key, arguments);
    }
}
