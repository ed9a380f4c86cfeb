package uk.saferhub.crimedata.internal;

import java.util.Locale;
import java.util.Set;

/** A force's name as people write it, from its data.police.uk key ("devon-and-cornwall" to "Devon and Cornwall"). */
final class ForceNames {

    private static final Set<String> SMALL = Set.of("and", "of");

    private ForceNames() {
    }

    static String of(String key) {
        if (key == null || key.isBlank()) {
            return "";
        }
        return switch (key) {
            case "btp" -> "British Transport Police";
            case "metropolitan" -> "Metropolitan Police Service";
            case "dyfed-powys" -> "Dyfed-Powys";
            default -> words(key);
        };
    }

    private static String words(String key) {
        StringBuilder name = new StringBuilder();
        for (String word : key.split("-")) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(SMALL.contains(word) ? word
                    : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return name.toString();
    }
}
