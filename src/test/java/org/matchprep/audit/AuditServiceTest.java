package org.matchprep.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.audit.domain.AuditEvent;
import org.matchprep.audit.domain.AuditEventRepository;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

class AuditServiceTest extends IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");

    @Autowired
    private AuditService service;

    @Autowired
    private AuditEventRepository repository;

    // --- who may call what: only admins ------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_admins_read_the_audit_log(Who who) {
        String token = token();
        long id = record(T0, AuditEventType.SIGNED_OUT, token + "@example.org", token + "@example.org");
        signInAs(who);

        if (who == Who.ADMIN) {
            assertThat(service.find(null, token, 0, 10)).extracting(AuditEntry::id).containsExactly(id);
        } else {
            assertThatThrownBy(() -> service.find(null, token, 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_admins_count_the_audit_log(Who who) {
        String token = token();
        record(T0, AuditEventType.SIGNED_OUT, token + "@example.org", token + "@example.org");
        signInAs(who);

        if (who == Who.ADMIN) {
            assertThat(service.count(null, token)).isEqualTo(1);
        } else {
            assertThatThrownBy(() -> service.count(null, token)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    // --- searching ---------------------------------------------------------------------------------

    @Test
    void entries_are_listed_newest_first_with_every_field() {
        String token = token();
        long older = record(T0, AuditEventType.SIGN_IN_FAILED, null, token + "@example.org");
        long newer = record(T0.plusSeconds(60), AuditEventType.ACCOUNT_DISABLED, "boss-" + token + "@example.org",
                token + "@example.org");
        signInAs(Who.ADMIN);

        var entries = service.find(null, token, 0, 10);

        assertThat(entries).extracting(AuditEntry::id).containsExactly(newer, older);
        assertThat(entries.getFirst()).satisfies(entry -> {
            assertThat(entry.occurredAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(entry.type()).isEqualTo(AuditEventType.ACCOUNT_DISABLED);
            assertThat(entry.actor()).isEqualTo("boss-" + token + "@example.org");
            assertThat(entry.target()).isEqualTo(token + "@example.org");
            assertThat(entry.clientAddress()).isEqualTo("203.0.113.7");
            assertThat(entry.details()).isEqualTo("details");
        });
    }

    @Test
    void entries_are_found_by_actor_or_target_whatever_the_letter_case() {
        String token = token();
        long byActor = record(T0, AuditEventType.ACCOUNT_CREATED, "actor-" + token + "@example.org", "someone@example.org");
        long byTarget = record(T0.plusSeconds(1), AuditEventType.ACCOUNT_CREATED, "someone@example.org", "target-" + token + "@example.org");
        signInAs(Who.ADMIN);

        assertThat(service.find(null, token.toUpperCase(), 0, 10)).extracting(AuditEntry::id).containsExactly(byTarget, byActor);
        assertThat(service.find(null, "actor-" + token, 0, 10)).extracting(AuditEntry::id).containsExactly(byActor);
        assertThat(service.count(null, "  target-" + token + "  ")).isEqualTo(1);
    }

    @Test
    void entries_are_filtered_by_type() {
        String token = token();
        record(T0, AuditEventType.SIGN_IN_FAILED, null, token + "@example.org");
        long locked = record(T0.plusSeconds(1), AuditEventType.SIGN_IN_LOCKED, null, token + "@example.org");
        record(T0.plusSeconds(2), AuditEventType.SIGN_IN_FAILED, null, token + "@example.org");
        signInAs(Who.ADMIN);

        assertThat(service.find(AuditEventType.SIGN_IN_LOCKED, token, 0, 10)).extracting(AuditEntry::id).containsExactly(locked);
        assertThat(service.count(AuditEventType.SIGN_IN_FAILED, token)).isEqualTo(2);
        assertThat(service.count(null, token)).isEqualTo(3);
        assertThat(service.count(AuditEventType.ROLE_CHANGED, token)).isZero();
    }

    @Test
    void entries_are_read_page_by_page() {
        String token = token();
        long[] ids = new long[5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = record(T0.plusSeconds(i), AuditEventType.SIGNED_OUT, token + "@example.org", token + "@example.org");
        }
        signInAs(Who.ADMIN);

        assertThat(service.find(null, token, 0, 2)).extracting(AuditEntry::id).containsExactly(ids[4], ids[3]);
        assertThat(service.find(null, token, 2, 2)).extracting(AuditEntry::id).containsExactly(ids[2], ids[1]);
        assertThat(service.find(null, token, 4, 2)).extracting(AuditEntry::id).containsExactly(ids[0]);
    }

    @Test
    void search_wildcards_and_underscores_are_taken_literally() {
        String token = token();
        long underscore = record(T0, AuditEventType.SIGNED_OUT, "first_last-" + token + "@example.org", null);
        record(T0, AuditEventType.SIGNED_OUT, "firstXlast-" + token + "@example.org", null);
        signInAs(Who.ADMIN);

        assertThat(service.find(null, "first_last-" + token, 0, 10)).extracting(AuditEntry::id).containsExactly(underscore);
        assertThat(service.count(null, "%-" + token)).isZero();
    }

    @Test
    void a_negative_offset_or_empty_page_is_refused() {
        signInAs(Who.ADMIN);
        assertThatThrownBy(() -> service.find(null, "", -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.find(null, "", 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private long record(Instant when, AuditEventType type, String actor, String target) {
        return repository.saveAndFlush(new AuditEvent(when, type, actor, target, "203.0.113.7", "details")).toEntry().id();
    }

    private static String token() {
        return "audit" + UUID.randomUUID().toString().substring(0, 8);
    }
}
