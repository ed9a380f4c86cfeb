package uk.saferhub.directory.web;

import java.net.URI;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.directory.DirectoryPage;
import uk.saferhub.directory.Organisation;
import uk.saferhub.directory.OrganisationFilter;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.directory.PersonFilter;
import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageResponse;
import uk.saferhub.shared.web.PageWords;

/**
 * The directory API: organisations and people as the calling key's organisation may see them. A record it may not
 * see answers 404, exactly as one that does not exist.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Organisations of the partnership and the people in them")
class DirectoryApiController {

    /** The request body of {@link #addOrganisation}, for validation errors. */
    private static final MethodParameter ORGANISATION_REQUEST = new MethodParameter(ReflectionUtils.findMethod(
            DirectoryApiController.class, "addOrganisation", Actor.class, OrganisationRequest.class), 1);

    private final Directory directory;
    private final DirectoryListings listings;
    private final SpringValidatorAdapter validator;
    private final PageWords words;

    DirectoryApiController(Directory directory, DirectoryListings listings, Validator validator, PageWords words) {
        this.directory = directory;
        this.listings = listings;
        this.words = words;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/organisations")
    @Operation(summary = "Organisations that share with yours, by name, a page at a time")
    PageResponse<OrganisationResponse> organisations(Actor actor,
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "25") int size,
            @Parameter(description = "Words in the name or short name") @RequestParam(required = false) String q,
            @Parameter(description = "An organisation type, such as POLICE_FORCE")
            @RequestParam(required = false) String type) {
        var filter = new OrganisationFilter(q, type(type));
        return page(listings.organisations(actor, filter, page, size),
                organisation -> OrganisationResponse.of(organisation, words));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/organisations")
    @Operation(summary = "Add an organisation to your partnership (coordinators)")
    ResponseEntity<OrganisationResponse> addOrganisation(Actor actor, @RequestBody OrganisationRequest request)
            throws MethodArgumentNotValidException {
        validate(request);
        Organisation created = directory.createOrganisation(actor, request.details());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .body(OrganisationResponse.of(created, words));
    }

    /**
     * Checks the body inside the handler, after {@code @PreAuthorize}, rather than with {@code @Valid}: binding runs
     * before authorisation, so a caller without the role would be told what the body lacks (400) instead of 403.
     */
    private void validate(OrganisationRequest request) throws MethodArgumentNotValidException {
        var errors = new BeanPropertyBindingResult(request, "organisationRequest");
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(ORGANISATION_REQUEST, errors);
        }
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/organisations/{id}")
    @Operation(summary = "One organisation, if it shares with yours")
    OrganisationResponse organisation(Actor actor, @PathVariable UUID id) {
        return OrganisationResponse.of(directory.organisation(actor, id), words);
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/people")
    @Operation(summary = "People you may see, by name, a page at a time")
    PageResponse<PersonResponse> people(Actor actor,
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "25") int size,
            @Parameter(description = "Words in the name, job title or organisation name")
            @RequestParam(required = false) String q,
            @Parameter(description = "Only the people of this organisation")
            @RequestParam(required = false) UUID organisation) {
        return page(listings.people(actor, new PersonFilter(q, organisation), page, size),
                PersonResponse::of);
    }

    private static OrganisationType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        return Arrays.stream(OrganisationType.values())
                .filter(candidate -> candidate.name().equals(type.strip()))
                .findFirst()
                .orElseThrow(() -> new ChangeRefused(null, "directory.api.type.invalid",
                        Arrays.toString(OrganisationType.values())));
    }

    private static <S, T> PageResponse<T> page(DirectoryPage<S> found, Function<S, T> mapper) {
        return PageResponse.of(found.items(), found.page(), found.size(), found.total(), mapper);
    }
}
