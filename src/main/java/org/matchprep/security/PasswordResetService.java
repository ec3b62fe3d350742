package org.matchprep.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.matchprep.account.AccountSummary;
import org.matchprep.account.ForgottenPasswords;
import org.matchprep.account.Roles;
import org.matchprep.mail.MailMessage;
import org.matchprep.mail.MailSettings;
import org.matchprep.mail.Outbox;
import org.matchprep.security.domain.PasswordResetRequest;
import org.matchprep.security.domain.PasswordResetRequestRepository;
import org.matchprep.security.domain.PasswordResetToken;
import org.matchprep.security.domain.PasswordResetTokenRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password?" (decision 018): a visitor asks for a link for an address and gets the same answer whether
 * or not an account uses it; an enabled account is mailed a single-use link, valid for
 * {@link PasswordResetToken#VALID_FOR}, whose page sets a new password and ends every session of the account.
 */
@Service
@PreAuthorize(Roles.IS_ANONYMOUS)
public class PasswordResetService {

    public static final String ROUTE = "reset-password";
    public static final String MAIL_KIND = "PASSWORD_RESET";

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    /** What a link from a mail is worth now, for its page to say. */
    public enum LinkState { VALID, USED, EXPIRED, UNKNOWN }

    private final ForgottenPasswords forgottenPasswords;
    private final PasswordResetTokenRepository tokens;
    private final PasswordResetRequestRepository requests;
    private final Outbox outbox;
    private final MailSettings mailSettings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResetService(ForgottenPasswords forgottenPasswords, PasswordResetTokenRepository tokens,
                         PasswordResetRequestRepository requests, Outbox outbox, MailSettings mailSettings,
                         ApplicationEventPublisher events, Clock clock) {
        this.forgottenPasswords = forgottenPasswords;
        this.tokens = tokens;
        this.requests = requests;
        this.outbox = outbox;
        this.mailSettings = mailSettings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Mails a reset link if an enabled account uses the address; otherwise, or over the limits
     * ({@value PasswordResetRequest#MOST_PER_EMAIL} per address and {@value PasswordResetRequest#MOST_PER_CLIENT}
     * per client an hour), sends nothing. Returns nothing either way, so the caller cannot tell which happened.
     *
     * @param client the client's network address, or null when unknown
     */
    @Transactional
    public void requestLink(String email, String client) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty() || address.length() > 254) {
            return;
        }
        Instant now = clock.instant();
        if (overTheLimit(address, client, now)) {
            log.info("Password reset request refused: too many for the address or the client");
            events.publishEvent(new PasswordResetEvent.Throttled(address));
            return;
        }
        subjects(address, client).forEach(subject -> requests.save(new PasswordResetRequest(subject, now)));
        Optional<AccountSummary> account = forgottenPasswords.enabledAccount(address);
        account.ifPresent(owner -> mailLink(owner, now));
        events.publishEvent(new PasswordResetEvent.Requested(address, account.isPresent()));
    }

    /** Whether the link's page may offer the form, or why not. */
    @Transactional(readOnly = true)
    public LinkState check(String token) {
        Optional<byte[]> hash = LinkTokens.hashOf(token);
        if (hash.isEmpty()) {
            return LinkState.UNKNOWN;
        }
        return tokens.findByHash(hash.get()).map(found -> LinkState.valueOf(found.stateAt(clock.instant()).name()))
                .orElse(LinkState.UNKNOWN);
    }

    /**
     * Sets the new password of the link's account, spends the link (and any other of the account's), and ends
     * every session of the account once committed. Refuses a weak password with the policy's messages
     * ({@link org.matchprep.account.InvalidAccountInputException}, the link stays good) and a spent, late or
     * unknown link with {@link ResetLinkException}.
     */
    @Transactional
    public void setNewPassword(String token, String password, String passwordRepeat) {
        PasswordResetToken link = LinkTokens.hashOf(token).flatMap(tokens::lockByHash)
                .orElseThrow(() -> new ResetLinkException(LinkState.UNKNOWN));
        Instant now = clock.instant();
        PasswordResetToken.State state = link.stateAt(now);
        if (state != PasswordResetToken.State.VALID) {
            throw new ResetLinkException(LinkState.valueOf(state.name()));
        }
        forgottenPasswords.replaceForgottenPassword(link.accountId(), password, passwordRepeat);
        link.use(now);
        tokens.spendAllOf(link.accountId(), now);
    }

    private boolean overTheLimit(String address, String client, Instant now) {
        Instant since = now.minus(PasswordResetRequest.WINDOW);
        List<String> subjects = subjects(address, client);
        subjects.forEach(requests::lockSubject);
        boolean overForEmail = requests.countSince(subjects.getFirst(), since) >= PasswordResetRequest.MOST_PER_EMAIL;
        boolean overForClient = subjects.size() > 1
                && requests.countSince(subjects.get(1), since) >= PasswordResetRequest.MOST_PER_CLIENT;
        return overForEmail || overForClient;
    }

    private void mailLink(AccountSummary owner, Instant now) {
        String token = LinkTokens.newToken();
        tokens.save(new PasswordResetToken(owner.id(), LinkTokens.sha256(token), now));
        outbox.queue(new MailMessage(owner.email(), owner.displayName(), "Reset your MatchPrep password",
                List.of("Someone, probably you, asked to reset the password of your MatchPrep account.",
                        "The link below lets you choose a new password. It works once, for the next "
                                + PasswordResetToken.VALID_FOR.toMinutes() + " minutes.",
                        "If you did not ask for this, ignore this mail: your password stays as it is."),
                new MailMessage.Link("Choose a new password", mailSettings.link(ROUTE + "?token=" + token)),
                MAIL_KIND, null));
    }

    // The email subject first: overTheLimit reads it by position. Locks are taken in this order everywhere.
    private static List<String> subjects(String address, String client) {
        List<String> subjects = new ArrayList<>();
        subjects.add(PasswordResetRequest.emailSubject(address));
        if (client != null && !client.isBlank()) {
            subjects.add(PasswordResetRequest.clientSubject(client.strip()));
        }
        return subjects;
    }
}
