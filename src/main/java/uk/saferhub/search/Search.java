package uk.saferhub.search;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.shared.access.Actor;

/**
 * One search across every kind of record: each module's {@link SearchSource} answers for its own records, applying
 * its own access rule in its query; this groups what they find by kind. A list of results is not a view of a record,
 * so nothing here is audited; opening a result is, on the record's own page.
 */
@Service
public class Search {

    /** How many hits of each kind the overview shows. */
    public static final int PER_KIND = 5;
    /** How many hits a page of one kind shows. */
    public static final int PAGE_SIZE = 20;

    private final List<SearchSource> sources;

    Search(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)
                .thenComparing(SearchSource::kind)).toList();
    }

    /** The kinds of record the search knows, in the order their groups are shown. */
    public List<String> kinds() {
        return sources.stream().map(SearchSource::kind).toList();
    }

    /** The first few hits of every kind that has any, with how many there are of each. */
    @Transactional(readOnly = true)
    public List<SearchGroup> everything(Actor actor, SearchQuery query) {
        return sources.stream()
                .map(source -> group(source, source.search(actor, query, 0, PER_KIND), 1, PER_KIND))
                .filter(group -> group.total() > 0)
                .toList();
    }

    /**
     * One page (from 1) of the hits of one kind; a page past the last answers the last. An unknown kind is refused
     * for the field {@code kind}.
     */
    @Transactional(readOnly = true)
    public SearchGroup ofKind(Actor actor, SearchQuery query, String kind, int page, int pageSize) {
        SearchSource source = source(kind).orElseThrow(() -> new SearchRefused("kind", "search.kind.unknown"));
        int size = Math.clamp(pageSize, 1, 100);
        int current = Math.max(page, 1);
        SearchHits hits = source.search(actor, query, (current - 1) * size, size);
        if (hits.hits().isEmpty() && current > 1) {
            long total = source.search(actor, query, 0, 1).total();
            current = (int) Math.max(1, (total + size - 1) / size);
            hits = source.search(actor, query, (current - 1) * size, size);
        }
        return group(source, hits, current, size);
    }

    private Optional<SearchSource> source(String kind) {
        return sources.stream().filter(source -> source.kind().equals(kind)).findFirst();
    }

    private static SearchGroup group(SearchSource source, SearchHits hits, int page, int size) {
        return new SearchGroup(source.kind(), hits.hits(), hits.total(), page, size);
    }
}
