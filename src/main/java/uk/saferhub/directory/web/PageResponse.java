package uk.saferhub.directory.web;

import java.util.List;
import java.util.function.Function;

import uk.saferhub.directory.DirectoryPage;

/**
 * One page of a list in the API.
 *
 * @param page the page number, counting from 1
 * @param total how many items match in all
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    static <S, T> PageResponse<T> of(DirectoryPage<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.page(), page.size(),
                page.total());
    }
}
