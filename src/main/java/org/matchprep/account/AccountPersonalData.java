package org.matchprep.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.matchprep.account.domain.AccountRepository;
import org.springframework.stereotype.Component;

/** The account itself for the data export: who, which role, which zone; never the password hash. */
@Component
class AccountPersonalData implements PersonalData {

    private final AccountRepository accounts;

    AccountPersonalData(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public String fileName() {
        return "account.json";
    }

    @Override
    public String description() {
        return "Your account: e-mail, name, role, time zone, when it was created.";
    }

    @Override
    public Object exportFor(long accountId) {
        AccountSummary me = accounts.findById(accountId).orElseThrow().toSummary();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", me.id());
        account.put("email", me.email());
        account.put("displayName", me.displayName());
        account.put("role", me.role().name());
        account.put("timeZone", me.timeZone().getId());
        account.put("createdAt", me.createdAt().toString());
        return account;
    }
}
