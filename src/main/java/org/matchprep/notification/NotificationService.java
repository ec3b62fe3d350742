package org.matchprep.notification;

import java.time.Clock;
import java.util.List;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.notification.domain.Notification;
import org.matchprep.notification.domain.NotificationRepository;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own notifications: read them, count the unread ones, mark them read. */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class NotificationService {

    /** The most notifications one call returns. */
    public static final int MAX_LIMIT = 100;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** My {@code limit} newest notifications (at most {@value #MAX_LIMIT}), newest first. */
    @Transactional(readOnly = true)
    public List<NotificationSummary> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(currentUser.id(), Limit.of(Math.min(limit, MAX_LIMIT)))
                .stream()
                .map(Notification::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(currentUser.id());
    }

    /** Marks one of my notifications read; someone else's id is refused exactly like an unknown one. */
    @Transactional
    public void markRead(long notificationId) {
        Notification notification = notifications.findByIdAndRecipientId(notificationId, currentUser.id())
                .orElseThrow(() -> new AccessDeniedException("Not your notification"));
        notification.markRead(clock.instant());
    }

    /** Marks all my unread notifications read and says how many there were. */
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(currentUser.id(), clock.instant());
    }
}
