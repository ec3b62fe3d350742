package org.matchprep.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** A mentor's tick box in a sharing panel: ticking shares at once, unticking asks first. */
final class ShareToggle {

    private ShareToggle() {
    }

    static Checkbox of(String mentorName, boolean shared, Runnable share, Runnable revoke) {
        Checkbox box = new Checkbox(mentorName, shared);
        box.setTooltipText(shared ? "Untick to stop sharing" : "Tick to let this mentor read and comment");
        box.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            if (change.getValue()) {
                share.run();
            } else {
                ConfirmDialog confirm = new ConfirmDialog("Stop sharing with " + mentorName + "?",
                        "They lose access at once. Their comments stay and come back if you share again.",
                        "Stop sharing", confirmed -> revoke.run());
                confirm.setCancelable(true);
                confirm.addCancelListener(cancelled -> box.setValue(true));
                confirm.open();
            }
        });
        return box;
    }
}
