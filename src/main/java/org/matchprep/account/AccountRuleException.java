package org.matchprep.account;

/** An admin action that would break a standing rule, such as leaving the installation without an admin. */
public class AccountRuleException extends RuntimeException {

    public AccountRuleException(String message) {
        super(message);
    }
}
