package uk.saferhub.search.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.search.Search;
import uk.saferhub.search.SearchGroup;
import uk.saferhub.search.SearchHit;
import uk.saferhub.search.SearchQuery;
import uk.saferhub.search.SearchRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;

/**
 * The search in the API, for every signed-in caller: the same records the search page finds, each kind by its owning
 * module's own access rule, applied in the query.
 */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "One search across every record the caller may see, grouped by kind")
class SearchApiController {

    private final Search search;
    private final PageWords words;

    SearchApiController(Search search, PageWords words) {
        this.search = search;
        this.words = words;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping
    @Operation(summary = "Records matching the words, grouped by kind: the first few of each kind and how many there "
            + "are, or, with kind, one page of that kind. Words are read as a web search: \"a phrase\", or, -word; "
            + "English stemming, so patrols finds patrol.")
    @ApiResponse(responseCode = "200", description = "The groups of hits, best first within each kind")
    @ApiResponse(responseCode = "400", description = "q missing, empty or longer than 200 characters, kind unknown, "
            + "or page or size out of range (problem details)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "No API key or session",
            content = @Content(mediaType = "application/problem+json"))
    SearchResponse search(Actor actor,
            @Parameter(description = "The words to search for, 1 to 200 characters") @RequestParam(required = false)
            String q,
            @Parameter(description = "Only this kind of record, a page at a time: one of the kinds listed in an "
                    + "answer without kind (documents, bodies, meetings, minutes, decisions, actions, people, "
                    + "organisations, places)") @RequestParam(required = false) String kind,
            @Parameter(description = "Page number with kind, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size with kind, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        SearchQuery query = new SearchQuery(q);
        if (page < 1 || size < 1 || size > 100) {
            throw new SearchRefused(page < 1 ? "page" : "size", "search.api.page.invalid");
        }
        List<SearchGroup> groups = kind == null || kind.isBlank() ? search.everything(actor, query)
                : List.of(search.ofKind(actor, query, kind, page, size));
        return new SearchResponse(query.words(), search.kinds(), groups.stream().map(this::group).toList());
    }

    private GroupResponse group(SearchGroup group) {
        return new GroupResponse(group.kind(), words.text("search.kind." + group.kind()), group.total(), group.page(),
                group.pageSize(), group.hits().stream().map(SearchApiController::hit).toList());
    }

    private static HitResponse hit(SearchHit hit) {
        return new HitResponse(hit.kind(), hit.title(), hit.snippet().plain(), hit.href(), hit.when());
    }

    /**
     * @param kinds every kind the search knows, in the order of its groups
     * @param groups the kinds with hits (or the one asked for), in that order
     */
    record SearchResponse(String query, List<String> kinds, List<GroupResponse> groups) {
    }

    /** @param total how many records of the kind match in all; page and size say which of them are here */
    record GroupResponse(String kind, String label, long total, int page, int size, List<HitResponse> hits) {
    }

    /** @param href the record's page; @param when the day it is known by, when it has one */
    record HitResponse(String kind, String title, String snippet, String href, LocalDate when) {
    }
}
