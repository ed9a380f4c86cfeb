package uk.saferhub.crimedata.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 43 territorial forces of England and Wales, the Police Service of Northern Ireland and British Transport Police,
 * by the name data.police.uk gives in "Reported by" and "Falls within", each with the key data.police.uk uses in its
 * file names (2025-02-cambridgeshire-street.csv) and API.
 */
final class PoliceForces {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("avon and somerset constabulary", "avon-and-somerset"),
            Map.entry("bedfordshire police", "bedfordshire"),
            Map.entry("british transport police", "btp"),
            Map.entry("cambridgeshire constabulary", "cambridgeshire"),
            Map.entry("cheshire constabulary", "cheshire"),
            Map.entry("city of london police", "city-of-london"),
            Map.entry("cleveland police", "cleveland"),
            Map.entry("cumbria constabulary", "cumbria"),
            Map.entry("derbyshire constabulary", "derbyshire"),
            Map.entry("devon & cornwall police", "devon-and-cornwall"),
            Map.entry("devon and cornwall police", "devon-and-cornwall"),
            Map.entry("dorset police", "dorset"),
            Map.entry("durham constabulary", "durham"),
            Map.entry("dyfed-powys police", "dyfed-powys"),
            Map.entry("essex police", "essex"),
            Map.entry("gloucestershire constabulary", "gloucestershire"),
            Map.entry("greater manchester police", "greater-manchester"),
            Map.entry("gwent police", "gwent"),
            Map.entry("hampshire constabulary", "hampshire"),
            Map.entry("hertfordshire constabulary", "hertfordshire"),
            Map.entry("humberside police", "humberside"),
            Map.entry("kent police", "kent"),
            Map.entry("lancashire constabulary", "lancashire"),
            Map.entry("leicestershire police", "leicestershire"),
            Map.entry("lincolnshire police", "lincolnshire"),
            Map.entry("merseyside police", "merseyside"),
            Map.entry("metropolitan police service", "metropolitan"),
            Map.entry("norfolk constabulary", "norfolk"),
            Map.entry("north wales police", "north-wales"),
            Map.entry("north yorkshire police", "north-yorkshire"),
            Map.entry("northamptonshire police", "northamptonshire"),
            Map.entry("northumbria police", "northumbria"),
            Map.entry("nottinghamshire police", "nottinghamshire"),
            Map.entry("police service of northern ireland", "northern-ireland"),
            Map.entry("south wales police", "south-wales"),
            Map.entry("south yorkshire police", "south-yorkshire"),
            Map.entry("staffordshire police", "staffordshire"),
            Map.entry("suffolk constabulary", "suffolk"),
            Map.entry("surrey police", "surrey"),
            Map.entry("sussex police", "sussex"),
            Map.entry("thames valley police", "thames-valley"),
            Map.entry("warwickshire police", "warwickshire"),
            Map.entry("west mercia police", "west-mercia"),
            Map.entry("west midlands police", "west-midlands"),
            Map.entry("west yorkshire police", "west-yorkshire"),
            Map.entry("wiltshire police", "wiltshire"));

    private PoliceForces() {
    }

    /** The name of the force with this key, as data.police.uk writes it ("Devon & Cornwall Police"), or empty. */
    static Optional<String> name(String key) {
        return KEYS.entrySet().stream().filter(entry -> entry.getValue().equals(key)).map(Map.Entry::getKey)
                .sorted().findFirst().map(PoliceForces::capitalised);
    }

    /** Every key data.police.uk uses, in order. */
    static java.util.SortedSet<String> keys() {
        return new java.util.TreeSet<>(KEYS.values());
    }

    private static String capitalised(String lower) {
        StringBuilder name = new StringBuilder();
        boolean start = true;
        for (char c : lower.toCharArray()) {
            name.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return name.toString().replace(" And ", " and ").replace(" Of ", " of ");
    }

    /** The force's key from its name as data.police.uk writes it, or empty for a name it does not use. */
    static Optional<String> key(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(KEYS.get(name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
    }
}
