package uk.saferhub.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The GOV.UK pagination of a list: previous and next links and the page numbers around the current one, with
 * ellipses for the pages left out. Rendered by {@code partials/pagination.html}.
 */
public record Pagination(String previous, String next, List<Item> items) {

    /** A page number, or an ellipsis when {@code number} is null. */
    public record Item(Integer number, String href, boolean current) {

        public boolean ellipsis() {
            return number == null;
        }
    }

    /** The pagination of a list whose pages count from 1, or null when it has only one page. */
    public static Pagination of(int page, int pages, IntFunction<String> href) {
        if (pages <= 1) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        for (int number = 1; number <= pages; number++) {
            if (number == 1 || number == pages || Math.abs(number - page) <= 1) {
                items.add(new Item(number, href.apply(number), number == page));
            } else if (!items.getLast().ellipsis()) {
                items.add(new Item(null, null, false));
            }
        }
        return new Pagination(page > 1 ? href.apply(Math.min(page - 1, pages)) : null,
                page < pages ? href.apply(page + 1) : null, items);
    }

    /** Links that keep every parameter of the request but {@code page}; {@code path} is relative to the context. */
    public static Pagination keepingParameters(String path, Map<String, String[]> parameters, int page, int pages) {
        UriComponentsBuilder base = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, values) -> {
            if (!name.equals("page")) {
                base.queryParam(name, (Object[]) values);
            }
        });
        return of(page, pages, number -> base.cloneBuilder().replaceQueryParam("page", number).encode().build()
                .toUriString());
    }
}
