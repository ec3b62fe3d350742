package org.matchprep.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountSummary;
import org.matchprep.audit.AuditEntry;
import org.matchprep.audit.AuditEventType;
import org.matchprep.base.ui.NarrowGrid;
import org.matchprep.base.ui.Times;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    AccountAdminService accountAdmin;

    private AccountSummary admin;
    private AccountSummary mentor;

    @BeforeEach
    void anAdminDisablesAndEnablesAMentor() {
        admin = signInAndOpen(Who.ADMIN);
        mentor = accounts.mentor();
        accountAdmin.disable(mentor.id());
        accountAdmin.enable(mentor.id());
        UI.getCurrent().navigate("admin/audit");
    }

    @Test
    void searching_an_email_shows_the_events_about_that_account() {
        AuditLogView view = _get(AuditLogView.class);

        _setValue(view.search, mentor.email());

        assertThat(_findAll(view.grid)).extracting(AuditEntry::type)
                .containsExactlyInAnyOrder(AuditEventType.ACCOUNT_DISABLED, AuditEventType.ACCOUNT_ENABLED);
        assertThat(_findAll(view.grid)).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(admin.email());
            assertThat(entry.target()).isEqualTo(mentor.email());
        });
    }

    @Test
    void the_newest_event_comes_first_with_its_label_actor_and_target() {
        AuditLogView view = _get(AuditLogView.class);

        _setValue(view.search, mentor.email());

        assertThat(_getFormattedRow(view.grid, 0)).containsSequence("Account enabled", admin.email(), mentor.email());
        assertThat(_getFormattedRow(view.grid, 1)).containsSequence("Account disabled", admin.email(), mentor.email());
    }

    @Test
    void the_event_filter_narrows_the_search_to_one_kind_of_event() {
        AuditLogView view = _get(AuditLogView.class);
        _setValue(view.search, mentor.email());

        _setValue(view.typeFilter, AuditEventType.ACCOUNT_DISABLED);
        assertThat(_findAll(view.grid)).extracting(AuditEntry::type).containsExactly(AuditEventType.ACCOUNT_DISABLED);

        _setValue(view.typeFilter, AuditEventType.ROLE_CHANGED);
        assertThat(_size(view.grid)).isZero();

        _setValue(view.typeFilter, null);
        assertThat(_size(view.grid)).isEqualTo(2);
    }

    @Test
    void searching_the_actor_finds_what_the_admin_did() {
        AuditLogView view = _get(AuditLogView.class);

        _setValue(view.search, admin.email().toUpperCase());

        assertThat(_findAll(view.grid)).extracting(AuditEntry::target).containsOnly(mentor.email());
        assertThat(_size(view.grid)).isEqualTo(2);
    }

    @Test
    void a_search_that_matches_nothing_shows_an_empty_log() {
        AuditLogView view = _get(AuditLogView.class);

        _setValue(view.search, "nobody-" + UUID.randomUUID());

        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void on_a_phone_each_event_is_one_card_with_what_when_who_and_to_whom() {
        AuditLogView view = _get(AuditLogView.class);
        _setValue(view.search, mentor.email());

        view.narrow.fit(390);

        assertThat(view.grid.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly(NarrowGrid.CARD);
        String card = _getCellComponent(view.grid, 0, NarrowGrid.CARD).getElement().getTextRecursively();
        AuditEntry newest = _findAll(view.grid).getFirst();
        assertThat(card).contains("Account enabled", Times.dateTime(newest.occurredAt(), admin.timeZone()),
                "By " + admin.email(), "About " + mentor.email());
    }
}
