package org.matchprep.mock;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /calendar/<token>.ics}: a person's mock interviews for their calendar app; 404 for a bad token. */
@RestController
class CalendarFeedController {

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(body -> ResponseEntity.ok().contentType(MediaType.parseMediaType(CalendarFile.CONTENT_TYPE))
                        .header("Cache-Control", "private, max-age=300").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
