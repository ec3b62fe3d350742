package org.matchprep.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recordings over HTTP, for the browser's recorder and player. {@code POST /recordings?question=..} (or
 * {@code ?mock=..} for a mock interview) takes the
 * raw audio as its body (the delivery figures as parameters) and streams it into the database; it is a
 * signed-in POST like any other outside Vaadin, so Spring Security asks for the CSRF token (header). {@code GET
 * /recordings/<id>} serves it with range requests so the player can seek. The service checks access on every
 * request; refusals read the same whether the recording exists or not.
 */
@RestController
class RecordingController {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final RecordingService recordings;

    RecordingController(RecordingService recordings) {
        this.recordings = recordings;
    }

    @PostMapping(RecordingRoutes.UPLOAD)
    ResponseEntity<Map<String, Object>> upload(@RequestParam(required = false) Long question,
                                               @RequestParam(required = false) Long mock, @RequestParam int durationMs,
                                               @RequestParam int speakingMs,
                                               @RequestParam(defaultValue = "") String pauses,
                                               HttpServletRequest request) throws IOException {
        if ((question == null) == (mock == null)) {
            throw new RecordingRejectedException("Say what the recording is of: a question or a mock interview.");
        }
        Delivery claimed = new Delivery(durationMs, speakingMs, Delivery.parsePauses(pauses));
        PracticeSubject subject = question != null ? PracticeSubject.question(question) : PracticeSubject.mock(mock);
        RecordingSummary kept = recordings.upload(subject, request.getInputStream(), request.getContentLengthLong(),
                claimed);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", kept.id(),
                "durationMs", kept.delivery().durationMs(), "verdict", kept.verdict()));
    }

    @GetMapping("/recordings/{id}")
    void stream(@PathVariable long id, @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
                HttpServletResponse response) throws IOException {
        RecordingContent content = recordings.content(id);
        long length = content.bytes();
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(content.contentType());
        long from = 0;
        long to = length - 1;
        if (range != null) {
            Matcher matcher = RANGE.matcher(range.trim());
            if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
                unsatisfiable(response, length);
                return;
            }
            if (matcher.group(1).isEmpty()) { // the last n bytes
                from = Math.max(0, length - Long.parseLong(matcher.group(2)));
            } else {
                from = Long.parseLong(matcher.group(1));
                if (!matcher.group(2).isEmpty()) {
                    to = Math.min(to, Long.parseLong(matcher.group(2)));
                }
            }
            if (from > to || from >= length) {
                unsatisfiable(response, length);
                return;
            }
            response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + from + "-" + to + "/" + length);
        }
        response.setContentLengthLong(to - from + 1);
        recordings.copy(content, from, to, response.getOutputStream());
    }

    private static void unsatisfiable(HttpServletResponse response, long length) {
        response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
        response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + length);
    }

    @ExceptionHandler(RecordingRejectedException.class)
    ResponseEntity<Map<String, String>> rejected(RecordingRejectedException rejected) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", rejected.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> refused(AccessDeniedException refused) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(Map.of("message", RecordingService.refused().getMessage()));
    }

    @ExceptionHandler(UncheckedIOException.class)
    ResponseEntity<Map<String, String>> cutShort(UncheckedIOException cutShort) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", "The recording arrived incomplete (cut short). Please record again."));
    }
}
