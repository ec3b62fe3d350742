package org.matchprep.base.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the top bar of every signed-in page, such as the notification bell. A
 * feature offers one as a prototype-scoped Spring bean; the layout adds every such bean and refreshes
 * them after each navigation, so the layout never names a feature and features never reach into it.
 */
public interface TopBarItem {

    /** What to show; usually the item itself. */
    Component component();

    /** Called after each navigation with the signed-in person's time zone. */
    void refresh(ZoneId zone);
}
