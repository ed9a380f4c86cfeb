package uk.saferhub.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The GOV.UK pagination of a list: previous and next links and a window of page numbers with ellipses, each link
 * keeping the list's filters.
 */
record Pagination(String previous, String next, List<Item> items) {

    /** A page number link, or an ellipsis when {@code number} is 0. */
    record Item(int number, String href, boolean current) {

        public boolean ellipsis() {
            return number == 0;
        }
    }

    /** Pages count from 1; the links keep every parameter of the request but the page. */
    static Pagination of(String path, Map<String, String[]> parameters, int current, int pages) {
        UriComponentsBuilder base = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, values) -> {
            if (!name.equals("page")) {
                base.queryParam(name, (Object[]) values);
            }
        });
        var items = new ArrayList<Item>();
        int last = 0;
        for (int number = 1; number <= pages; number++) {
            boolean shown = number == 1 || number == pages || Math.abs(number - current) <= 2;
            if (!shown) {
                continue;
            }
            if (last != 0 && number > last + 1) {
                items.add(new Item(0, null, false));
            }
            items.add(new Item(number, href(base, number), number == current));
            last = number;
        }
        return new Pagination(current > 1 ? href(base, current - 1) : null,
                current < pages ? href(base, current + 1) : null, items);
    }

    public boolean needed() {
        return items.size() > 1;
    }

    private static String href(UriComponentsBuilder base, int page) {
        return base.cloneBuilder().replaceQueryParam("page", page).encode().build().toUriString();
    }
}
