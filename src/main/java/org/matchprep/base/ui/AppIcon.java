package org.matchprep.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.icon.SvgIcon;

/**
 * The icons MatchPrep shows, each a symbol of one small sprite ({@code icons/app-icons.svg}, about 7 KB
 * gzipped) that the browser loads once. Vaadin's {@code Icon}/{@code VaadinIcon} would load the whole set of
 * 600 icons (52 KB compressed) on the first page that shows any of them; a new icon is added here and to the
 * sprite (its path copied from the Vaadin Icons set), and AppIconTest checks the two agree.
 */
public enum AppIcon {
    ACADEMY_CAP, ALARM, ARROW_DOWN, ARROW_UP, BELL, BOOK, BUILDING, CALENDAR_CLOCK, CALENDAR_O, CALENDAR_USER, CHECK,
    CHECK_CIRCLE_O, CLIPBOARD_CHECK, CLIPBOARD_TEXT, CLIPBOARD_USER, CLOCK, CLOSE_CIRCLE_O, CLOSE_SMALL,
    COMMENT_ELLIPSIS_O, COMMENT_O, COMMENTS_O, CONNECT, COPY_O, EDIT, ENVELOPES_O, HANDSHAKE, HOME, HOSPITAL, LIST,
    LIST_OL, LOCK, MAGIC, PLUS, PRINT, REFRESH, REPLY, SCALE, SEARCH, SIGN_OUT, SLIDERS, STAR, STAR_O, TRASH, UNLINK,
    UPLOAD, USER, USER_CARD, USER_CLOCK, USERS;

    public static final String SPRITE = "icons/app-icons.svg";

    /** The symbol's id in the sprite, and the icon's name in the Vaadin set ("calendar-user"). */
    public String symbol() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public SvgIcon create() {
        return new SvgIcon(SPRITE, symbol());
    }

    /** The icon a view names in {@code @Menu(icon = "vaadin:calendar-user")}. */
    public static AppIcon ofMenu(String icon) {
        return valueOf(icon.substring(icon.indexOf(':') + 1).toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
