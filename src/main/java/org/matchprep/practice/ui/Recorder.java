package org.matchprep.practice.ui;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinServletRequest;
import org.matchprep.practice.PracticeSubject;
import org.matchprep.practice.RecordingLimits;
import org.matchprep.practice.Target;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The browser's recorder for one question or mock interview: a plain script from {@code /scripts/practice-recorder.js} (no
 * frontend build needed) draws the timer, level meter, "Record video too" and buttons, measures the delivery and uploads what
 * the applicant keeps with Spring Security's CSRF token; then tells this component, which reloads the attempts.
 */
class Recorder extends Div {

    static final String SCRIPT = "scripts/practice-recorder.js";

    private final LongConsumer recorded;

    Recorder(PracticeSubject subject, Target target, RecordingLimits limits, LongConsumer recorded) {
        this.recorded = recorded;
        addClassName("recorder");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Recorder");
        CsrfToken token = csrf().orElse(null);
        addAttachListener(attach -> {
            attach.getUI().getPage().addJavaScript(SCRIPT);
            // the script may still be loading: try again shortly until it has defined itself
            getElement().executeJs("""
                    const host = this;
                    const options = {subject: $7, subjectId: $0, targetMinMs: $1, targetMaxMs: $2, targetLabel: $3, maxMs: $4,
                                     csrfHeader: $5, csrfToken: $6, maxBytes: $8};
                    (function start() {
                      if (window.matchprepRecorder) { window.matchprepRecorder.attach(host, options); }
                      else { setTimeout(start, 50); }
                    })();""", (double) subject.id(), target.minMs(), target.maxMs(), target.label(),
                    (int) limits.maxDuration().toMillis(), token == null ? "X-CSRF-TOKEN" : token.getHeaderName(),
                    token == null ? "" : token.getToken(), subject.kind().column(), (double) limits.maxBytes());
        });
    }

    /** Spring Security's token for this session; the script sends it as a header with the upload. */
    private static java.util.Optional<CsrfToken> csrf() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        Object token = request == null ? null : request.getHttpServletRequest().getAttribute(CsrfToken.class.getName());
        return token instanceof CsrfToken csrf ? java.util.Optional.of(csrf) : java.util.Optional.empty();
    }

    @ClientCallable
    void recorded(double recordingId) {
        recorded.accept((long) recordingId);
    }
}
