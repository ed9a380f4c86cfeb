package uk.saferhub.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in the API, the same shape for every module's list endpoints.
 *
 * @param page the page number, counting from 1
 * @param total how many items match in all
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    /** Maps a page of records to their API representation. */
    public static <S, T> PageResponse<T> of(List<S> items, int page, int size, long total, Function<S, T> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
