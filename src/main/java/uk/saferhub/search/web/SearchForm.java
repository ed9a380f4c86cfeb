package uk.saferhub.search.web;

import java.util.List;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

import uk.saferhub.search.SearchQuery;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/**
 * What the search page asks for: the words, and optionally one kind of record and a page of it. A visit without
 * {@code q} is the empty form; {@code q} sent empty is an error, as GOV.UK asks for a search box.
 */
record SearchForm(
        @Size(max = SearchQuery.MAX_LENGTH, message = "{search.q.tooLong}") @PlainText String q,
        String kind,
        Integer page) {

    /**
     * The words must be there when the form was sent ({@code sent}: the request named {@code q}, which arrives as null
     * when left empty); the kind must be one the search knows.
     */
    void check(Errors errors, List<String> kinds, boolean sent) {
        if (sent && (q == null || q.isBlank()) && !errors.hasFieldErrors("q")) {
            FormErrors.reject(errors, "q", "search.q.blank");
        }
        if (oneKind() && !kinds.contains(kind)) {
            FormErrors.reject(errors, "kind", "search.kind.unknown");
        }
    }

    boolean oneKind() {
        return kind != null && !kind.isBlank();
    }

    int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }

    /** The address of the search for these words, of one kind (or every kind when null), at a page. */
    static String address(String words, String kind, Integer page) {
        return UriComponentsBuilder.fromPath("/search").queryParam("q", words)
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
                .queryParamIfPresent("page", java.util.Optional.ofNullable(page))
                .encode().build().toUriString();
    }
}
