package org.matchprep.season.ui;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.season.DossierService;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.RankListService;
import org.matchprep.season.RankedProgram;
import org.matchprep.season.SeasonFixtures;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class RankListViewTest extends KaribuTest {

    @Autowired
    DossierService dossiers;

    @Autowired
    InterviewService interviews;

    @Autowired
    RankListService rankList;

    @BeforeEach
    void signInAsAnApplicant() {
        signInAndOpen(Who.APPLICANT);
    }

    @Test
    void before_any_interview_the_rank_list_says_what_will_appear_here() {
        RankListView view = open();
        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.shown).isEmpty();
        assertThat(view.exportCsv.isVisible()).isFalse();
    }

    @Test
    void moving_a_program_up_reorders_the_list_and_is_saved() {
        interviewed("Alpha", 3);
        interviewed("Beta", 2);
        RankListView view = open();
        assertThat(names(view)).containsExactly("Alpha", "Beta");
        assertThat(view.shown.getFirst().up.isEnabled()).isFalse();
        assertThat(view.shown.getLast().down.isEnabled()).isFalse();
        assertThat(view.shown.getLast().up.getAriaLabel()).contains("Move Beta up");

        _click(view.shown.getLast().up);

        assertThat(names(view)).containsExactly("Beta", "Alpha");
        assertThat(rankList.rankList()).extracting(RankedProgram::programName).containsExactly("Beta", "Alpha");
        assertThat(view.exportCsv.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void the_exported_rank_list_starts_with_a_byte_order_mark_so_spreadsheets_keep_the_accents() {
        interviewed("Clinique Zoë Müller", 3);
        RankListView view = open();

        byte[] file = _download(view.exportCsv);

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Rank,Program").contains("1,Clinique Zoë Müller");
    }

    private static java.util.List<String> names(RankListView view) {
        return view.shown.stream().map(row -> row.program.programName()).toList();
    }

    private void interviewed(String program, int daysAgo) {
        long dossier = dossiers.create(SeasonFixtures.dossier(program)).id();
        interviews.schedule(SeasonFixtures.at(dossier, Instant.now().minus(Duration.ofDays(daysAgo)), InterviewStatus.DONE));
    }

    private static RankListView open() {
        UI.getCurrent().navigate("rank-list");
        return _get(RankListView.class);
    }
}
