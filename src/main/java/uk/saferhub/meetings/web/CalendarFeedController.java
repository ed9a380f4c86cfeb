package uk.saferhub.meetings.web;

import jakarta.annotation.security.PermitAll;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import uk.saferhub.meetings.internal.CalendarFeeds;
import uk.saferhub.shared.calendar.CalendarWriter;

/**
 * The iCalendar feed behind a secret-token subscription URL, for calendar programs that cannot sign in. The token is
 * the only credential: an unknown or revoked token, or one whose user is disabled, is simply not found.
 */
@Controller
class CalendarFeedController {

    /** Calendar programs poll; a quarter of an hour is fresh enough and stays out of shared caches. */
    static final String CACHE_CONTROL = "private, max-age=900";

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @PermitAll
    @GetMapping("/calendars/feeds/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return feeds.feed(token, baseUrl)
                .map(feed -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(CalendarWriter.MEDIA_TYPE))
                        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                        .body(feed.text()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
