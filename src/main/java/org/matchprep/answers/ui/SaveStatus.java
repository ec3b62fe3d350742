package org.matchprep.answers.ui;

import java.time.Instant;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.matchprep.base.ui.Clicks;
import org.matchprep.base.ui.ReadOnlyHtml;
import org.matchprep.base.ui.Times;

/** "Saving…", "Saved at 14:02" or "Not saved" with a retry button, announced politely to screen readers. */
class SaveStatus extends Div {

    enum State { UNCHANGED, SAVING, SAVED, NOT_SAVED }

    // one node: the message is escaped HTML of the span, not a text node under it
    private final Element text = ReadOnlyHtml.element("span", null, "");
    private String message = "";
    /** Built the first time a save fails: most sessions never need it. */
    Button retry;
    private final Runnable onRetry;
    private State state = State.UNCHANGED;

    SaveStatus(Runnable onRetry) {
        addClassName("save-status");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        this.onRetry = onRetry;
        getElement().appendChild(text);
    }

    void saving() {
        show(State.SAVING, "Saving…");
    }

    void saved(Instant at, ZoneId zone) {
        show(State.SAVED, "Saved " + Times.time(at, zone));
    }

    void notSaved(String reason) {
        show(State.NOT_SAVED, "Not saved: " + reason);
    }

    /** Not saved because of the text itself: retrying the same text cannot help, so no Retry is offered. */
    void refused(String reason) {
        notSaved(reason);
        retry.setVisible(false);
    }

    void lastSaved(Instant at, ZoneId zone) {
        show(State.UNCHANGED, at == null ? "Nothing written yet" : "Last saved " + Times.dateTime(at, zone));
    }

    boolean offersRetry() {
        return retry != null && retry.isVisible();
    }

    State state() {
        return state;
    }

    String text() {
        return message;
    }

    private void show(State newState, String message) {
        state = newState;
        this.message = message;
        ReadOnlyHtml.show(text, ReadOnlyHtml.text(message));
        if (newState == State.NOT_SAVED && retry == null) {
            retry = new Button("Retry");
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            Clicks.onClick(retry, onRetry);
            add(retry);
        }
        if (retry != null) {
            retry.setVisible(newState == State.NOT_SAVED);
        }
        getElement().setAttribute("data-state", newState.name().toLowerCase());
        // The browser marks the status "Editing…" on its own while keys are pressed (see AnswerEditor), so
        // the server's answer is pushed even when its text equals what the server sent last time.
        getElement().executeJs("this.dataset.state = $0; this.firstElementChild.textContent = $1;",
                newState.name().toLowerCase(), message);
    }
}
