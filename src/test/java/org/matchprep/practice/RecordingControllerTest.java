package org.matchprep.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.SignedInUser;
import org.matchprep.practice.RecordingFixture.Setup;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The upload and stream endpoints through the real security chain: CSRF, range requests, sniffing, refusals. */
class RecordingControllerTest extends IntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    RecordingFixture fixture;

    MockMvc http;

    @BeforeEach
    void http() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void an_upload_is_kept_and_served_whole_or_in_ranges_never_cached() throws Exception {
        Setup setup = fixture.paired();
        byte[] wav = TestAudio.wav(RecordingFixture.EIGHT_SECONDS);
        String created = http.perform(post("/recordings").with(as(setup.applicant())).with(csrf())
                        .param("question", String.valueOf(setup.question().id())).param("durationMs", "8000")
                        .param("speakingMs", "5000").param("pauses", "3000-6000")
                        .contentType("audio/webm").content(wav)) // the declared type is ignored: it is a WAV
                .andExpect(status().isCreated()).andExpect(jsonPath("$.durationMs").value(8000))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        http.perform(get("/recordings/" + id).with(as(setup.applicant())))
                .andExpect(status().isOk()).andExpect(header().string("Accept-Ranges", "bytes"))
                .andExpect(header().string("Cache-Control", "private, no-store"))
                .andExpect(header().string("Content-Type", "audio/wav"))
                .andExpect(content().bytes(wav));
        http.perform(get("/recordings/" + id).with(as(setup.applicant())).header("Range", "bytes=300000-300099"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 300000-300099/" + wav.length))
                .andExpect(header().string("Content-Length", "100"))
                .andExpect(content().bytes(Arrays.copyOfRange(wav, 300000, 300100)));
        http.perform(get("/recordings/" + id).with(as(setup.applicant())).header("Range", "bytes=-10"))
                .andExpect(status().isPartialContent())
                .andExpect(content().bytes(Arrays.copyOfRange(wav, wav.length - 10, wav.length)));
        http.perform(get("/recordings/" + id).with(as(setup.applicant())).header("Range", "bytes=" + wav.length + "-"))
                .andExpect(status().isRequestedRangeNotSatisfiable())
                .andExpect(header().string("Content-Range", "bytes */" + wav.length));
    }

    @Test
    void an_upload_names_a_question_or_a_mock_interview_never_both_or_neither() throws Exception {
        Setup setup = fixture.paired();
        byte[] wav = TestAudio.wav(RecordingFixture.EIGHT_SECONDS);
        for (String[] subject : new String[][] {{}, {"question", String.valueOf(setup.question().id()), "mock", "1"}}) {
            var request = post("/recordings").with(as(setup.applicant())).with(csrf()).param("durationMs", "8000")
                    .param("speakingMs", "5000").contentType("audio/wav").content(wav);
            for (int i = 0; i < subject.length; i += 2) {
                request.param(subject[i], subject[i + 1]);
            }
            http.perform(request).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value("Say what the recording is of: a question or a mock interview."));
        }
        // a mock that is not the applicant's is refused like any recording that is not theirs
        http.perform(post("/recordings").with(as(setup.applicant())).with(csrf()).param("mock", "987654321")
                        .param("durationMs", "8000").param("speakingMs", "5000").contentType("audio/wav").content(wav))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_upload_without_the_csrf_token_is_refused() throws Exception {
        Setup setup = fixture.paired();
        http.perform(post("/recordings").with(as(setup.applicant()))
                        .param("question", String.valueOf(setup.question().id())).param("durationMs", "8000")
                        .param("speakingMs", "5000").content(TestAudio.wav(RecordingFixture.EIGHT_SECONDS)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_file_that_is_not_audio_is_refused_with_a_message() throws Exception {
        Setup setup = fixture.paired();
        http.perform(post("/recordings").with(as(setup.applicant())).with(csrf())
                        .param("question", String.valueOf(setup.question().id())).param("durationMs", "8000")
                        .param("speakingMs", "5000").contentType("audio/wav").content("GIF89a not a sound".getBytes()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("only WebM, Ogg, MP4 and WAV")));
    }

    @Test
    void someone_else_gets_the_same_refusal_for_a_recording_as_for_one_that_does_not_exist() throws Exception {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        String refusal = http.perform(get("/recordings/" + kept.id()).with(as(setup.mentor())))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        String missing = http.perform(get("/recordings/" + Long.MAX_VALUE).with(as(setup.mentor())))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refusal).isEqualTo(missing);
        fixture.share(setup, kept);
        http.perform(get("/recordings/" + kept.id()).with(as(setup.mentor())).header("Range", "bytes=0-11"))
                .andExpect(status().isPartialContent());
    }

    @Test
    void a_visitor_who_is_not_signed_in_gets_nothing() throws Exception {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        int status = http.perform(get("/recordings/" + kept.id())).andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401, 403);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(AccountSummary account) {
        SignedInUser user = new SignedInUser(account.id(), account.email(), "", account.role(), true);
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        return authentication(signedIn);
    }
}
