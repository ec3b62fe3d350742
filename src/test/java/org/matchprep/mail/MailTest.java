package org.matchprep.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.MutableClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of tests that read mail as it arrives: a real SMTP server (GreenMail) in the test JVM, the app's
 * {@code spring.mail.*} pointed at it, the background sender idle (tests call {@link OutboxSender#sendDue()})
 * and a clock the test moves. Every subclass shares one Spring context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.host=localhost",
        "spring.mail.port=3025",
        "matchprep.mail.sender-enabled=false",
        "matchprep.mail.base-url=https://prep.example.edu"})
@Import(MutableClockConfiguration.class)
public abstract class MailTest extends IntegrationTest {

    @RegisterExtension
    protected static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    private JdbcClient outboxTable;

    /**
     * Other tests of the run leave their mail waiting in the shared outbox (they have no SMTP server); it would
     * be sent first here and crowd out the mail under test, so each mail test starts with an empty outbox.
     */
    @BeforeEach
    void emptyTheOutbox() {
        outboxTable.sql("delete from mail_outbox").update();
    }
}
