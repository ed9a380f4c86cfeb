package uk.saferhub.geography.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.GeographyChangeRefused;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.geography.internal.Location;
import uk.saferhub.geography.internal.Locator;
import uk.saferhub.geography.web.PlaceResponses.LocationResponse;
import uk.saferhub.geography.web.PlaceResponses.PlaceDetail;
import uk.saferhub.geography.web.PlaceResponses.PlaceSummary;
import uk.saferhub.shared.web.PageResponse;

/** Places and locating a coordinate in the API, for every signed-in partner (places are reference data). */
@RestController
@RequestMapping("/api/v1/places")
@Tag(name = "Geography", description = "Places (wards, LSOAs, districts, areas) and which of them hold a point")
class PlaceApiController {

    private final Geography geography;
    private final Locator locator;
    private final MessageSourceAccessor text;
    private final PlaceChoices words;

    PlaceApiController(Geography geography, Locator locator, MessageSource messages, PlaceChoices words) {
        this.geography = geography;
        this.locator = locator;
        this.text = new MessageSourceAccessor(messages);
        this.words = words;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping
    @Operation(summary = "Places by type and name, a page at a time")
    PageResponse<PlaceSummary> places(
            @Parameter(description = "Only places of this type, e.g. WARD, LSOA, DISTRICT, CITY_AREA")
            @RequestParam(required = false) String type,
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "25") int size) {
        if (page < 1 || size < 1 || size > 100) {
            throw new GeographyChangeRefused(null, "geography.api.page.invalid");
        }
        List<Place> all = type == null || type.isBlank() ? geography.all() : geography.places(type(type));
        int fromIndex = (int) Math.min((long) (page - 1) * size, all.size());
        int toIndex = Math.min(fromIndex + size, all.size());
        return PageResponse.of(all.subList(fromIndex, toIndex), page, size, all.size(),
                place -> PlaceSummary.of(place, words.name(place.type())));
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/{id}")
    @Operation(summary = "One place with its parent, the places below it and, for an area made of wards, its wards")
    PlaceDetail place(@PathVariable UUID id) {
        Place place = geography.require(id);
        Place parent = place.parentId() == null ? null : geography.place(place.parentId()).orElse(null);
        List<Place> wards = place.madeOfWards() ? geography.wardsWithin(place.id()) : List.of();
        return PlaceDetail.of(place, words.name(place.type()), parent, geography.children(place.id()), wards);
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/locate")
    @Operation(summary = "The places holding a point: its ward, LSOA, district and the areas made of wards "
            + "that include the ward",
            description = "A point on the boundary two places share is given to one of them, always the same one. "
                    + "A point that no boundary holds answers 404 with the title \"No place holds this point\".")
    @ApiResponse(responseCode = "200", description = "The places holding the point, largest type first")
    @ApiResponse(responseCode = "400", description = "lat or lng missing, not a decimal number, or out of range "
            + "(problem details with an errors object per field)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No place holds this point (problem details)",
            content = @Content(mediaType = "application/problem+json"))
    LocationResponse locate(
            @Parameter(description = "Latitude in decimal degrees (WGS84), -90 to 90", example = "52.3312")
            @RequestParam(required = false) String lat,
            @Parameter(description = "Longitude in decimal degrees (WGS84), -180 to 180", example = "-0.1876")
            @RequestParam(required = false) String lng) {
        Coordinates point = Coordinates.parse(lat, lng);
        if (!point.valid()) {
            throw new BadCoordinates(point);
        }
        Location location = locator.locate(point.latitude(), point.longitude());
        if (location.isEmpty()) {
            throw new NoPlaceHoldsPoint();
        }
        return LocationResponse.of(location);
    }

    @ExceptionHandler(BadCoordinates.class)
    ProblemDetail badCoordinates(BadCoordinates refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.coordinates.problems().forEach((field, key) -> errors.put(field, text.getMessage(key)));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                String.join(". ", errors.values()) + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NoPlaceHoldsPoint.class)
    ProblemDetail outside(NoPlaceHoldsPoint outside) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                text.getMessage("geography.api.locate.outside"));
        problem.setTitle("No place holds this point");
        problem.setType(URI.create("https://saferhub.example/problems/no-place-holds-point"));
        return problem;
    }

    private static PlaceType type(String type) {
        try {
            return PlaceType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new GeographyChangeRefused(null, "geography.api.type.invalid",
                    List.of(PlaceType.values()).toString());
        }
    }

    /** The coordinates sent could not be read. */
    private static final class BadCoordinates extends RuntimeException {

        private final transient Coordinates coordinates;

        BadCoordinates(Coordinates coordinates) {
            super("bad coordinates", null, false, false);
            this.coordinates = coordinates;
        }
    }

    /** No boundary holds the point. */
    private static final class NoPlaceHoldsPoint extends RuntimeException {

        NoPlaceHoldsPoint() {
            super("no place holds the point", null, false, false);
        }
    }
}
