package uk.saferhub.geography.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;

/** The choices the place forms offer: types of place and the places others may sit inside. */
@Component
class PlaceChoices {

    /** The names of the types of place: {@code geography.placeType.WARD}, and its plural and lower-case kin. */
    static final String TYPE = "geography.placeType.";

    private static final Set<PlaceType> CONTAINERS = Set.of(PlaceType.FORCE_AREA, PlaceType.DIVISION,
            PlaceType.DISTRICT, PlaceType.CITY_AREA);

    private final Geography geography;
    private final MessageSourceAccessor text;
    private final PageWords words;

    PlaceChoices(Geography geography, MessageSource messages, PageWords words) {
        this.geography = geography;
        this.words = words;
        this.text = new MessageSourceAccessor(messages);
    }

    /**
     * The reference boundary files as choices, each named for a person: a file named by a district's ONS code in a
     * folder of one kind (lsoa_by_lad/E07000011.json) reads "Huntingdonshire: LSOAs (lsoa_by_lad/E07000011.json)"
     * when SaferHub knows the district; any other file by its path.
     */
    List<Option> referenceFiles(List<String> files) {
        Map<String, String> districts = new HashMap<>();
        geography.places(PlaceType.DISTRICT).forEach(district -> districts.putIfAbsent(district.code(), district.name()));
        return files.stream().map(file -> {
            int slash = file.lastIndexOf('/');
            String folder = slash < 0 ? "" : file.substring(0, slash);
            String name = file.substring(slash + 1);
            String code = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            String district = districts.get(code);
            String kind = "geography.import.referenceFile.kind." + folder;
            String label = district == null ? file
                    : text.getMessage("geography.import.referenceFile.ofDistrict",
                            new Object[] {district, text.getMessage(kind, folder), file});
            return new Option(file, label);
        }).sorted(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    List<Option> types() {
        return Arrays.stream(PlaceType.values()).map(type -> Option.of(type, name(type))).toList();
    }

    List<Option> areaTypes() {
        return Arrays.stream(PlaceType.values()).filter(PlaceType::madeOfWards)
                .map(type -> Option.of(type, name(type))).toList();
    }

    /** Force areas, divisions, districts and city areas, leaving out {@code except} (an area being changed). */
    List<Option> parents(UUID except) {
        return geography.all().stream().filter(place -> CONTAINERS.contains(place.type()))
                .filter(place -> !place.id().equals(except))
                .sorted(Comparator.comparing((Place place) -> place.type().ordinal())
                        .thenComparing(place -> place.name().toLowerCase()))
                .map(place -> Option.of(place.id(), text.getMessage("geography.place.option",
                        new Object[] {place.name(), inSentence(place.type())})))
                .toList();
    }

    /** The name of a type of place, as a heading or label: "Ward". */
    String name(PlaceType type) {
        return words.label(TYPE, type);
    }

    /** The name of several places of a type: "Wards". */
    String plural(PlaceType type) {
        return words.label(TYPE + "plural.", type);
    }

    /** The name of a type of place in a sentence: "ward". */
    String inSentence(PlaceType type) {
        return words.label(TYPE + "lower.", type);
    }

    /** A message of the place pages. */
    String text(String key, Object... arguments) {
        return text.getMessage(key, arguments);
    }
}
