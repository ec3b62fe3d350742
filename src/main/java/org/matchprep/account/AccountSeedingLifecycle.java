package org.matchprep.account;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Seeds the first admin and the demo accounts before the web server opens its port. As an
 * {@code ApplicationRunner} the seeding ran after Tomcat listened, so an early visitor met a sign-in page
 * that refused every demo account ("Incorrect email or password") and health said UP too soon. Spring
 * starts lifecycles by phase, lowest first; this one's comes just before the web server's.
 */
@Component
class AccountSeedingLifecycle implements SmartLifecycle {

    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;

    private final AccountSeeder seeder;
    private volatile boolean seeded;

    AccountSeedingLifecycle(AccountSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public void start() {
        if (!seeded) {
            seeder.seed();
            seeded = true;
        }
    }

    @Override
    public void stop() {
        // nothing to undo; the flag stays so a restarted context does not seed twice
    }

    @Override
    public boolean isRunning() {
        return seeded;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
