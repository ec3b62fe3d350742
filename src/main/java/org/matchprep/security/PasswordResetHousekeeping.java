package org.matchprep.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.matchprep.account.AccountEvent;
import org.matchprep.security.domain.InvitationTokenRepository;
import org.matchprep.security.domain.PasswordResetRequest;
import org.matchprep.security.domain.PasswordResetRequestRepository;
import org.matchprep.security.domain.PasswordResetTokenRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the reset and invitation-link tables small and free of deleted people's addresses (decisions 016 and 018). */
@Component
class PasswordResetHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetHousekeeping.class);
    /** Spent and expired links stay a day, long enough for their page to say "expired" rather than "unknown". */
    static final Duration KEEP_EXPIRED_LINKS = Duration.ofDays(1);

    private final PasswordResetRequestRepository requests;
    private final PasswordResetTokenRepository tokens;
    private final InvitationTokenRepository invitationTokens;
    private final Clock clock;

    PasswordResetHousekeeping(PasswordResetRequestRepository requests, PasswordResetTokenRepository tokens,
                              InvitationTokenRepository invitationTokens, Clock clock) {
        this.requests = requests;
        this.tokens = tokens;
        this.invitationTokens = invitationTokens;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${matchprep.sign-in.purge-interval:PT1H}", initialDelayString = "PT5M")
    @Transactional
    public int purgeOldRows() {
        Instant now = clock.instant();
        int purged = requests.deleteBefore(now.minus(PasswordResetRequest.WINDOW))
                + tokens.deleteExpiredBefore(now.minus(KEEP_EXPIRED_LINKS))
                + invitationTokens.deleteExpiredBefore(now.minus(KEEP_EXPIRED_LINKS));
        if (purged > 0) {
            log.info("Purged {} old password reset rows", purged);
        }
        return purged;
    }

    /** A deleted account's links go by foreign key; its address leaves the throttle's rows here. */
    @EventListener
    void onDeleted(AccountEvent.Deleted deleted) {
        requests.deleteBySubject(PasswordResetRequest.emailSubject(deleted.email()));
    }
}
