package org.matchprep.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.matchprep.account.domain.Account;
import org.matchprep.account.domain.AccountInputRules;
import org.matchprep.account.domain.AccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.LikePatterns;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with other people's accounts. Two rules hold whatever the order of clicks: nobody
 * disables or demotes themselves, and the installation always keeps at least one active admin.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
public class AccountAdminService {

    public static final int MAX_PAGE_SIZE = 200;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdminService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                        ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Accounts whose name or email contains {@code search}, optionally of one role, ordered by name. */
    @Transactional(readOnly = true)
    public List<AccountSummary> findAccounts(String search, Role role, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        int pageSize = Math.min(limit, MAX_PAGE_SIZE);
        // Vaadin's lazy grid asks with offsets that are multiples of its page size, so offset / size is exact.
        return accounts.search(LikePatterns.containing(search), role, PageRequest.of(offset / pageSize, pageSize)).stream()
                .map(Account::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long countAccounts(String search, Role role) {
        return accounts.countSearch(LikePatterns.containing(search), role);
    }

    @Transactional(readOnly = true)
    public AccountCounts counts() {
        return new AccountCounts(accounts.countByRoleAndEnabledTrue(Role.APPLICANT),
                accounts.countByRoleAndEnabledTrue(Role.MENTOR), accounts.countByRoleAndEnabledTrue(Role.ADMIN),
                accounts.countByEnabledFalse());
    }

    @Transactional
    public AccountSummary createAccount(NewAccountRequest request) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        AccountInputRules.checkEmail(request.email()).ifPresent(message -> problems.add("email", message));
        AccountInputRules.checkDisplayName(request.displayName()).ifPresent(message -> problems.add("displayName", message));
        AccountInputRules.checkTimeZone(request.timeZone()).ifPresent(message -> problems.add("timeZone", message));
        AccountService.checkNewPassword(problems, "password", request.password(), "passwordRepeat", request.passwordRepeat());
        if (!problems.has("email") && accounts.existsByEmail(AccountInputRules.normaliseEmail(request.email()))) {
            problems.add("email", "An account with this email already exists.");
        }
        problems.throwIfAny(InvalidAccountInputException::new);
        if (request.role() == null) {
            throw new IllegalArgumentException("A new account needs a role");
        }
        Account account = accounts.saveAndFlush(new Account(request.email(), request.displayName(),
                passwordEncoder.encode(request.password()), ZoneId.of(request.timeZone()), request.role(), clock.instant()));
        events.publishEvent(new AccountEvent.Created(account.getId(), account.getEmail(), account.getRole(), false));
        return account.toSummary();
    }

    /**
     * Creates an account that cannot sign in yet and has its owner mailed an invitation link (decision 018),
     * where they choose their own password. Refuses bad input and a taken e-mail with
     * {@link InvalidAccountInputException}.
     */
    @Transactional
    public AccountSummary inviteAccount(AccountInvitation invitation) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        AccountInputRules.checkEmail(invitation.email()).ifPresent(message -> problems.add("email", message));
        AccountInputRules.checkDisplayName(invitation.displayName()).ifPresent(message -> problems.add("displayName", message));
        AccountInputRules.checkTimeZone(invitation.timeZone()).ifPresent(message -> problems.add("timeZone", message));
        if (!problems.has("email") && accounts.existsByEmail(AccountInputRules.normaliseEmail(invitation.email()))) {
            problems.add("email", "An account with this email already exists.");
        }
        problems.throwIfAny(InvalidAccountInputException::new);
        if (invitation.role() == null) {
            throw new IllegalArgumentException("An invitation needs a role");
        }
        Account account = accounts.saveAndFlush(Account.invited(invitation.email(), invitation.displayName(),
                passwordEncoder.encode(UnusablePasswords.next()), ZoneId.of(invitation.timeZone()), invitation.role(),
                clock.instant()));
        events.publishEvent(new AccountEvent.Created(account.getId(), account.getEmail(), account.getRole(), false));
        events.publishEvent(new AccountEvent.Invited(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getRole(), false));
        return account.toSummary();
    }

    /** Mails a new invitation link; the earlier links of the account stop working. */
    @Transactional
    public AccountSummary resendInvitation(long accountId) {
        Account account = findInvited(accountId);
        events.publishEvent(new AccountEvent.Invited(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getRole(), true));
        return account.toSummary();
    }

    /**
     * Withdraws an unaccepted invitation by removing the account, which never signed in and holds nothing; its
     * links go with it (foreign key). An accepted invitation cannot be withdrawn: disable the account instead.
     */
    @Transactional
    public void withdrawInvitation(long accountId) {
        Account account = findInvited(accountId);
        accounts.delete(account);
        accounts.flush();
        events.publishEvent(new AccountEvent.InvitationWithdrawn(accountId, account.getEmail()));
    }

    private Account findInvited(long accountId) {
        Account account = find(accountId);
        if (!account.isInvited()) {
            throw new AccountRuleException(account.getEmail() + " has already accepted the invitation.");
        }
        return account;
    }

    @Transactional
    public AccountSummary changeRole(long accountId, Role newRole) {
        if (newRole == null) {
            throw new IllegalArgumentException("Choose a role");
        }
        refuseOnSelf(accountId, "You cannot change your own role; ask another admin.");
        List<Account> activeAdmins = accounts.lockActiveAdmins();
        Account account = find(accountId);
        Role oldRole = account.getRole();
        if (oldRole == newRole) {
            return account.toSummary();
        }
        if (account.isActiveAdmin() && activeAdmins.size() <= 1) {
            throw new AccountRuleException("This is the last active admin; make someone else an admin first.");
        }
        account.changeRole(newRole);
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountEvent.RoleChanged(accountId, account.getEmail(), oldRole, newRole));
        return account.toSummary();
    }

    @Transactional
    public AccountSummary disable(long accountId) {
        refuseOnSelf(accountId, "You cannot disable your own account.");
        List<Account> activeAdmins = accounts.lockActiveAdmins();
        Account account = find(accountId);
        if (!account.isEnabled()) {
            throw new AccountRuleException(account.getEmail() + " is already disabled.");
        }
        if (account.isActiveAdmin() && activeAdmins.size() <= 1) {
            throw new AccountRuleException("This is the last active admin and cannot be disabled.");
        }
        account.disable();
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountEvent.Disabled(accountId, account.getEmail()));
        return account.toSummary();
    }

    @Transactional
    public AccountSummary enable(long accountId) {
        Account account = find(accountId);
        if (account.isEnabled()) {
            throw new AccountRuleException(account.getEmail() + " is already enabled.");
        }
        account.enable();
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountEvent.Enabled(accountId, account.getEmail()));
        return account.toSummary();
    }

    private void refuseOnSelf(long accountId, String message) {
        if (currentUser.id() == accountId) {
            throw new AccountRuleException(message);
        }
    }

    private Account find(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new AccountRuleException("No account with id " + accountId + "."));
    }
}
