package org.matchprep.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.matchprep.account.AccountSummary;
import org.matchprep.account.Invitations;
import org.matchprep.account.Roles;
import org.matchprep.security.domain.InvitationToken;
import org.matchprep.security.domain.InvitationTokenRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitation link's page (decision 018): the invited person, not signed in, chooses a password once, within
 * {@link InvitationToken#VALID_FOR}; the account can sign in from then on. Links are mailed by
 * {@code InvitationMailer} when an admin invites or re-sends.
 */
@Service
@PreAuthorize(Roles.IS_ANONYMOUS)
public class InvitationService {

    public static final String ROUTE = "accept-invitation";
    public static final String MAIL_KIND = "INVITATION";

    /** What an invitation link is worth now, for its page to say. */
    public enum LinkState { VALID, USED, EXPIRED, UNKNOWN }

    private final Invitations invitations;
    private final InvitationTokenRepository tokens;
    private final Clock clock;

    InvitationService(Invitations invitations, InvitationTokenRepository tokens, Clock clock) {
        this.invitations = invitations;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Whether the link's page may offer the form, or why not. */
    @Transactional(readOnly = true)
    public LinkState check(String token) {
        return LinkTokens.hashOf(token).flatMap(tokens::findByHash)
                .map(found -> LinkState.valueOf(found.stateAt(clock.instant()).name()))
                .orElse(LinkState.UNKNOWN);
    }

    /** Who a good link invites, for the page to greet by name; empty for a link that cannot be used. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> invitee(String token) {
        Instant now = clock.instant();
        return LinkTokens.hashOf(token).flatMap(tokens::findByHash)
                .filter(link -> link.stateAt(now) == InvitationToken.State.VALID)
                .flatMap(link -> invitations.invitedAccount(link.accountId()));
    }

    /**
     * Sets the invited person's password and spends the link and every other link of the account. Refuses a
     * weak password with the policy's messages ({@link org.matchprep.account.InvalidAccountInputException}, the
     * link stays good) and a spent, late or unknown link with {@link InvitationLinkException}.
     */
    @Transactional
    public AccountSummary accept(String token, String password, String passwordRepeat) {
        InvitationToken link = LinkTokens.hashOf(token).flatMap(tokens::lockByHash)
                .orElseThrow(() -> new InvitationLinkException(LinkState.UNKNOWN));
        Instant now = clock.instant();
        InvitationToken.State state = link.stateAt(now);
        if (state != InvitationToken.State.VALID) {
            throw new InvitationLinkException(LinkState.valueOf(state.name()));
        }
        AccountSummary account = invitations.acceptInvitation(link.accountId(), password, passwordRepeat);
        link.use(now);
        tokens.spendAllOf(link.accountId(), now);
        return account;
    }
}
