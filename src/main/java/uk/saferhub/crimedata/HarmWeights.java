package uk.saferhub.crimedata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The harm weight of each data.police.uk crime type: how much one crime of the type counts when hot spots are ranked
 * by harm rather than by count. The defaults follow the principle of the Cambridge Crime Harm Index (Sherman, Neyroud
 * and Neyroud, "The Cambridge Crime Harm Index: Measuring Total Harm from Crime Based on Sentencing Guidelines",
 * Policing 10(3), 2016): a crime weighs the days of imprisonment of the starting-point sentence for a first offence.
 * A data.police.uk category mixes many offences, so each default is a judgement of its typical offence, not a value
 * published by the index; anti-social behaviour, which is not a crime, weighs one day. Every weight can be set with
 * {@code saferhub.crime.harm-weights.<crime type>=<days>}; docs/adr/0026-crime-analysis-methods.md says more.
 */
@ConfigurationProperties("saferhub.crime")
public class HarmWeights {

    /** The default weights, in days, by crime type as data.police.uk names it. */
    public static final Map<String, Double> DEFAULTS = defaults();

    /** The weight of a crime type that has none (a new category data.police.uk adds): "Other crime". */
    public static final double UNKNOWN = 5;

    private final Map<String, Double> harmWeights = new LinkedHashMap<>();

    public Map<String, Double> getHarmWeights() {
        return harmWeights;
    }

    /** The weight of one crime of the type, in days. */
    public double of(String crimeType) {
        if (crimeType == null) {
            return UNKNOWN;
        }
        String key = crimeType.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Double> set : harmWeights.entrySet()) {
            if (set.getKey().strip().toLowerCase(Locale.ROOT).equals(key)) {
                return set.getValue();
            }
        }
        for (Map.Entry<String, Double> standard : DEFAULTS.entrySet()) {
            if (standard.getKey().toLowerCase(Locale.ROOT).equals(key)) {
                return standard.getValue();
            }
        }
        return UNKNOWN;
    }

    /** Every known crime type with the weight in force, defaults overridden by configuration. */
    public Map<String, Double> all() {
        Map<String, Double> all = new LinkedHashMap<>();
        DEFAULTS.keySet().forEach(type -> all.put(type, of(type)));
        harmWeights.forEach((type, weight) -> all.putIfAbsent(type, weight));
        return Collections.unmodifiableMap(all);
    }

    /** Whether a weight was set by configuration rather than taken from the defaults. */
    public boolean configured(String crimeType) {
        return harmWeights.keySet().stream().anyMatch(type -> type.strip().equalsIgnoreCase(crimeType.strip()));
    }

    private static Map<String, Double> defaults() {
        Map<String, Double> days = new LinkedHashMap<>();
        days.put("Anti-social behaviour", 1.0);
        days.put("Bicycle theft", 2.0);
        days.put("Burglary", 40.0);
        days.put("Criminal damage and arson", 4.0);
        days.put("Drugs", 20.0);
        days.put("Other crime", 5.0);
        days.put("Other theft", 2.0);
        days.put("Possession of weapons", 60.0);
        days.put("Public order", 5.0);
        days.put("Robbery", 365.0);
        days.put("Shoplifting", 1.0);
        days.put("Theft from the person", 10.0);
        days.put("Vehicle crime", 5.0);
        days.put("Violence and sexual offences", 80.0);
        return Collections.unmodifiableMap(days);
    }
}
