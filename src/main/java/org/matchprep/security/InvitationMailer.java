package org.matchprep.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.matchprep.account.AccountEvent;
import org.matchprep.mail.MailMessage;
import org.matchprep.mail.MailSettings;
import org.matchprep.mail.Outbox;
import org.matchprep.security.domain.InvitationToken;
import org.matchprep.security.domain.InvitationTokenRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails an invitation link (decision 018) when the account module says an account was invited or the
 * invitation is to be sent again: inside the admin's transaction, so the account, the link and the mail are
 * committed together or not at all. A new link spends the account's earlier ones.
 */
@Component
class InvitationMailer {

    private final InvitationTokenRepository tokens;
    private final Outbox outbox;
    private final MailSettings mailSettings;
    private final Clock clock;

    InvitationMailer(InvitationTokenRepository tokens, Outbox outbox, MailSettings mailSettings, Clock clock) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.mailSettings = mailSettings;
        this.clock = clock;
    }

    @EventListener
    void onInvited(AccountEvent.Invited invited) {
        Instant now = clock.instant();
        tokens.spendAllOf(invited.accountId(), now);
        String token = LinkTokens.newToken();
        tokens.save(new InvitationToken(invited.accountId(), LinkTokens.sha256(token), now));
        outbox.queue(new MailMessage(invited.email(), invited.displayName(), "You are invited to MatchPrep",
                List.of("You are invited to MatchPrep as " + article(invited.role().label()) + ".",
                        "The link below lets you choose your password. It works once, for the next "
                                + InvitationToken.VALID_FOR.toDays() + " days"
                                + (invited.resent() ? "; links in earlier invitations no longer work." : "."),
                        "If you did not expect this, ignore this mail: no account can be used without the link."),
                new MailMessage.Link("Accept the invitation", mailSettings.link(InvitationService.ROUTE + "?token=" + token)),
                InvitationService.MAIL_KIND, null));
    }

    private static String article(String label) {
        String lower = label.toLowerCase();
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }
}
