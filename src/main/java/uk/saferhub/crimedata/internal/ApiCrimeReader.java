package uk.saferhub.crimedata.internal;

import java.io.Reader;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.crimedata.CrimeImportRefused;

/**
 * Reads a data.police.uk {@code crimes-street} API answer (a JSON array of crimes) one crime at a time, in constant
 * memory, as the twelve cells of a street-level row: the API's category slug becomes the file's crime type, its
 * street name the location, its outcome status the last outcome, its persistent id the Crime ID. The API names no
 * force, so the force is given; a crime the British Transport Police recorded (location type "BTP") is theirs.
 */
final class ApiCrimeReader {

    /** What each row is: a crime's cells, and its place in the array (from 1). */
    interface RowReader {
        void row(long index, String[] cells) throws java.io.IOException;
    }

    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("anti-social-behaviour", "Anti-social behaviour"),
            Map.entry("bicycle-theft", "Bicycle theft"),
            Map.entry("burglary", "Burglary"),
            Map.entry("criminal-damage-arson", "Criminal damage and arson"),
            Map.entry("drugs", "Drugs"),
            Map.entry("other-crime", "Other crime"),
            Map.entry("other-theft", "Other theft"),
            Map.entry("possession-of-weapons", "Possession of weapons"),
            Map.entry("public-order", "Public order"),
            Map.entry("robbery", "Robbery"),
            Map.entry("shoplifting", "Shoplifting"),
            Map.entry("theft-from-the-person", "Theft from the person"),
            Map.entry("vehicle-crime", "Vehicle crime"),
            Map.entry("violent-crime", "Violence and sexual offences"));

    private final JsonMapper json;
    /** Reads one crime of the array; the rest of the array follows it, so no trailing tokens check. */
    private final ObjectReader oneCrime;

    ApiCrimeReader(JsonMapper json) {
        this.json = json;
        this.oneCrime = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads every crime of the answer; refuses the file when it is not a JSON array of crimes. */
    void each(String entry, Reader in, String forceName, RowReader rows) throws java.io.IOException {
        try (JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new CrimeImportRefused("file", "crimedata.import.notApiJson", entry);
            }
            long index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new CrimeImportRefused("file", "crimedata.import.unreadable", entry,
                            "the JSON ends before its array closes");
                }
                index++;
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    rows.row(index, new String[0]);
                    continue;
                }
                JsonNode crime = oneCrime.readValue(parser);
                rows.row(index, cells(crime, forceName));
            }
        } catch (JacksonException malformed) {
            throw new CrimeImportRefused("file", "crimedata.import.badJson", entry,
                    malformed.getOriginalMessage());
        }
    }

    static String[] cells(JsonNode crime, String forceName) {
        String[] cells = new String[StreetColumns.HEADER.size()];
        JsonNode location = crime.path("location");
        boolean btp = "BTP".equalsIgnoreCase(text(crime, "location_type"));
        cells[StreetColumns.CRIME_ID] = text(crime, "persistent_id");
        cells[StreetColumns.MONTH] = text(crime, "month");
        cells[StreetColumns.REPORTED_BY] = btp ? "British Transport Police" : forceName;
        cells[StreetColumns.FALLS_WITHIN] = forceName;
        cells[StreetColumns.LONGITUDE] = text(location, "longitude");
        cells[StreetColumns.LATITUDE] = text(location, "latitude");
        cells[6] = text(location.path("street"), "name");
        cells[StreetColumns.LSOA_CODE] = "";
        cells[8] = "";
        String slug = text(crime, "category");
        cells[StreetColumns.CRIME_TYPE] = TYPES.getOrDefault(slug, named(slug));
        cells[10] = text(crime.path("outcome_status"), "category");
        cells[11] = text(crime, "context");
        return cells;
    }

    /** A slug the table does not know, as words ("new-category" to "New category"). */
    static String named(String slug) {
        if (slug.isBlank()) {
            return "";
        }
        String words = slug.replace('-', ' ').strip();
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }
}
