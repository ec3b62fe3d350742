package org.matchprep.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * A {@link TabSheet} whose tab list holds tabs only. Vaadin 25's {@code vaadin-tabs} wraps its tabs in a
 * scroll container with {@code tabindex="-1"}; a focusable element between {@code role="tablist"} and its
 * {@code role="tab"}s is not allowed (axe: aria-required-children, critical), and screen readers may then
 * miss the tabs. The tabs scroll with the arrow keys and their own focus, so the container needs no focus
 * of its own: the attribute is taken off once the tabs are drawn.
 */
public class AccessibleTabSheet extends TabSheet {

    private static final String UNFOCUSABLE_SCROLLER = """
            const sheet = this;
            let tries = 0;
            const fix = () => {
              const tabs = sheet.querySelector('vaadin-tabs');
              const scroller = tabs && tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"]');
              if (scroller) {
                scroller.removeAttribute('tabindex');
              } else if (tries++ < 50) {
                requestAnimationFrame(fix);
              }
            };
            fix();""";

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(UNFOCUSABLE_SCROLLER);
    }
}
