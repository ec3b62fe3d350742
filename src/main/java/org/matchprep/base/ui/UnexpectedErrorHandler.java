package org.matchprep.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ErrorHandlerUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to an exception no view caught: the person sees a calm sentence with a short id they can
 * quote, never a stack trace; the log has the whole exception under the same id. Installed for every
 * session by {@link UnexpectedErrorHandling}.
 */
class UnexpectedErrorHandler implements ErrorHandler {

    static final String MESSAGE = "Something went wrong on our side. It has been logged as %s; please try again.";

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void error(ErrorEvent event) {
        Throwable error = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
        // As Vaadin's default handler: nobody is there to tell when the browser went away, and an exception
        // that has its own error view (not found, access denied) shows that view.
        if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(error.getClass().getName())) {
            log.debug("The browser closed the connection", error);
            return;
        }
        if (ErrorHandlerUtil.handleErrorByRedirectingToErrorView(error)) {
            return;
        }
        String id = newId();
        log.error("Unexpected error {}", id, event.getThrowable());
        // Null when the error came from a background thread outside UI.access: then only the log knows.
        if (UI.getCurrent() != null) {
            show(MESSAGE.formatted(id));
        }
    }

    /** Eight hex digits: short enough to read out, and unlikely to repeat within the log's lifetime. */
    static String newId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Stays until closed, so the id can be copied. */
    private static void show(String message) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.setDuration(0);
        Span text = new Span(message);
        text.addClassName("unexpected-error");
        Button close = new Button(AppIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setAriaLabel("Close");
        notification.add(text, close);
        notification.open();
    }
}
