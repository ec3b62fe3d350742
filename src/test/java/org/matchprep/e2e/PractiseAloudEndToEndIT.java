package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matchprep.practice.FakeTranscriptionServer;
import org.matchprep.practice.TestAudio;
import org.matchprep.practice.TranscriptAnalysis;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Practising aloud in a real browser with a fake microphone fed from a WAV made here (tone bursts with known
 * silences): the demo applicant records an answer, sees its length and pauses, the player seeks (the server
 * answers 206), the recording is shared for review, the demo mentor comments at a moment, and the applicant
 * opens the comment, which seeks the player there. With "Record video too" (Chromium's fake camera) the
 * recording is kept as video and plays in a video player. With transcription on, pointed at a loopback
 * stand-in for the speech-to-text server, the transcript appears on the recording's page and its times seek.
 */
class PractiseAloudEndToEndIT {

    /** Tone 2 s, silence 3 s, tone 2 s, silence 2.5 s, tone 2.5 s: pauses at 2.0-5.0 and 7.0-9.5 s. */
    static final int[] SPOKEN = {2000, 3000, 2000, 2500, 2500};
    static final double[][] PAUSES = {{2.0, 5.0}, {7.0, 9.5}};

    @Test
    void an_answer_recorded_with_a_fake_microphone_is_measured_played_and_commented_at_a_moment() throws Exception {
        Prerequisites.browser();
        Path jar = Prerequisites.packagedJar();
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "practice-");
        Path wav = TestAudio.wavFile(workDir.resolve("spoken.wav").toAbsolutePath(), SPOKEN);

        try (PackagedApp app = PackagedApp.start(jar.toAbsolutePath(), workDir)) {
            WebDriver applicant = Browsers.start(workDir, "--use-fake-ui-for-media-stream",
                    "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + wav + "%noloop",
                    "--autoplay-policy=no-user-gesture-required");
            WebDriver mentor = Browsers.start(workDir, "--autoplay-policy=no-user-gesture-required");
            try {
                String listen = recordAnswer(applicant, app, false);
                long recordingId = Long.parseLong(listen.substring(listen.lastIndexOf('/') + 1));
                seekServedInRanges(applicant, app, listen);
                shareForReview(applicant, app, recordingId);
                commentAtAMoment(mentor, app, listen);

                WebDriverWait wait = new WebDriverWait(applicant, Duration.ofSeconds(30));
                Pages.open(applicant, app.url(listen));
                WebElement moment = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".moment-time")));
                assertThat(moment.getText()).isEqualTo("0:04");
                assertThat(applicant.findElement(By.cssSelector(".moment-thread")).getText()).contains("Slow down here");
                moment.click();
                wait.until(driver -> currentTime(driver) >= 3.9);
                assertThat(currentTime(applicant)).isCloseTo(4.0, within(0.6));
            } finally {
                applicant.quit();
                mentor.quit();
            }
        }
    }

    @Test
    void an_answer_recorded_with_video_too_is_kept_as_video_of_the_right_length_and_plays_in_a_video_player()
            throws Exception {
        Prerequisites.browser();
        Path jar = Prerequisites.packagedJar();
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "practice-video-");
        Path wav = TestAudio.wavFile(workDir.resolve("spoken.wav").toAbsolutePath(), SPOKEN);

        try (PackagedApp app = PackagedApp.start(jar.toAbsolutePath(), workDir)) {
            // the fake device switch brings a fake camera (a moving test pattern) with the fake microphone
            WebDriver applicant = Browsers.start(workDir, "--use-fake-ui-for-media-stream",
                    "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + wav + "%noloop",
                    "--autoplay-policy=no-user-gesture-required");
            try {
                String listen = recordAnswer(applicant, app, true);
                assertThat(applicant.findElement(By.cssSelector(".attempt")).getText()).contains("Video");

                Pages.open(applicant, app.url(listen));
                WebElement video = new WebDriverWait(applicant, Duration.ofSeconds(30))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".listen-player video")));
                assertThat(video.getAttribute("aria-label")).isEqualTo("Video recording");
                assertThat(applicant.findElements(By.cssSelector(".listen-player audio"))).isEmpty();
                // the stored type, as the server sends it: read from the bytes, not from what the browser declared
                assertThat(String.valueOf(((org.openqa.selenium.JavascriptExecutor) applicant).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(document.querySelector('video').src, {headers: {Range: 'bytes=0-99'}})
                          .then(r => done(r.status + ' ' + r.headers.get('Content-Type'))).catch(e => done(String(e)));""")))
                        .isEqualTo("206 video/webm");
                wait(applicant).until(driver -> ((Number) Pages.js(driver,
                        "return document.querySelector('video').readyState")).intValue() >= 1);
                assertThat(((Number) Pages.js(applicant, "return document.querySelector('video').videoWidth")).intValue())
                        .isEqualTo(640);
                Pages.js(applicant, "const v = document.querySelector('video'); v.muted = true; v.currentTime = 6;");
                wait(applicant).until(driver -> Math.abs(currentTime(driver) - 6) < 0.6);
            } finally {
                applicant.quit();
            }
        }
    }

    @Test
    void a_kept_answer_is_transcribed_and_its_transcript_shows_pace_and_fillers_whose_times_seek() throws Exception {
        Prerequisites.browser();
        Path jar = Prerequisites.packagedJar();
        Path workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")), "practice-transcript-");
        Path wav = TestAudio.wavFile(workDir.resolve("spoken.wav").toAbsolutePath(), SPOKEN);

        // stands in for the external speech-to-text server: answers as whisper.cpp's server or faster-whisper do
        try (FakeTranscriptionServer speechToText = new FakeTranscriptionServer()
                .answer(200, FakeTranscriptionServer.VERBOSE_JSON);
             PackagedApp app = PackagedApp.start(jar.toAbsolutePath(), workDir, PackagedApp.freePort(), List.of(
                     "--matchprep.transcription.url=" + speechToText.url(),
                     "--matchprep.transcription.interval=PT1S"))) { // the worker looks every second, not every 15
            WebDriver applicant = Browsers.start(workDir, "--use-fake-ui-for-media-stream",
                    "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + wav + "%noloop",
                    "--autoplay-policy=no-user-gesture-required");
            try {
                String listen = recordAnswer(applicant, app, false);
                int speakingMs = Integer.parseInt(applicant.findElement(By.cssSelector(".recorder"))
                        .getAttribute("data-speaking-ms"));

                WebElement fillers = transcriptOf(applicant, app, listen);
                FakeTranscriptionServer.Received request = speechToText.received.getFirst();
                assertThat(request.field("response_format")).isEqualTo("verbose_json");
                assertThat(request.file()).startsWith(0x1A, 0x45, 0xDF, 0xA3); // the recorded WebM, as kept
                String transcript = applicant.findElement(By.cssSelector(".transcript")).getText();
                assertThat(transcript).contains("I chose radiology after a night shift in Chennai.",
                        "18 words · " + TranscriptAnalysis.wordsPerMinute(
                                "Um, I chose radiology after a night shift in Chennai. Like, the CT showed the bleed, you know.",
                                speakingMs) + " words per minute over the speaking time");
                assertThat(fillers.getText()).contains("Filler words (3)", "\"um\" at 0:00", "\"you know\" at 0:07");
                fillers.findElements(By.tagName("vaadin-button")).stream()
                        .filter(button -> button.getText().contains("\"like\" at 0:06")).findFirst().orElseThrow().click();
                wait(applicant).until(driver -> currentTime(driver) >= 5.9);
                assertThat(currentTime(applicant)).isCloseTo(6.0, within(0.6));
                // a segment's time seeks too
                applicant.findElements(By.cssSelector(".transcript-segment vaadin-button")).getFirst().click();
                wait(applicant).until(driver -> currentTime(driver) < 1.0);
            } finally {
                applicant.quit();
            }
        }
    }

    /** Opens the recording's page until the worker has made its transcript; returns its filler words. */
    private static WebElement transcriptOf(WebDriver browser, PackagedApp app, String listen) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            Pages.open(browser, app.url(listen));
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".transcript")));
            List<WebElement> fillers = browser.findElements(By.cssSelector(".transcript-fillers"));
            if (!fillers.isEmpty()) {
                return fillers.getFirst();
            }
            assertThat(System.nanoTime()).as("transcript made within 90 s: "
                    + browser.findElement(By.cssSelector(".transcript")).getText()).isLessThan(until);
            Thread.sleep(1000);
        }
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /**
     * Records the fake microphone (and camera, {@code withVideo}) for its whole file, keeps it, and checks the
     * figures; returns the listen page.
     */
    private static String recordAnswer(WebDriver browser, PackagedApp app, boolean withVideo) {
        Browsers.signIn(browser, app.url("login"), "applicant@matchprep.test", "interview-ready-2026");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(Pages.headingContains("Welcome"));
        Pages.open(browser, app.url("questions"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.question-link"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Practise aloud"))).click();
        WebElement start = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".recorder-start")));
        assertThat(browser.findElement(By.cssSelector(".practice-notes")).getText()).contains("Your written answer");
        WebElement videoToo = browser.findElement(By.cssSelector(".recorder-video-choice input"));
        assertThat(videoToo.isSelected()).as("video is off by default").isFalse();
        assertThat(browser.findElement(By.cssSelector(".recorder-video-choice")).getText()).isEqualTo("Record video too");
        if (withVideo) {
            videoToo.click();
        }
        start.click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".recorder"), "data-state", "recording"));
        assertThat(browser.findElement(By.cssSelector(".recorder")).getAttribute("data-video"))
                .isEqualTo(String.valueOf(withVideo));
        if (withVideo) { // the live preview shows the camera, muted
            wait.until(driver -> ((Number) Pages.js(driver,
                    "return document.querySelector('.recorder-preview').videoWidth")).intValue() > 0);
            assertThat(Pages.js(browser, "return document.querySelector('.recorder-preview').muted")).isEqualTo(true);
        }
        // the level meter moves while the tone plays
        wait.until(driver -> Integer.parseInt(String.valueOf(Pages.js(driver,
                "return document.querySelector('.recorder-meter').getAttribute('aria-valuenow') || '0'"))) > 5);
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".recorder-timer"), "0:10"));
        browser.findElement(By.cssSelector(".recorder-stop")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".recorder"), "data-state", "recorded"));

        WebElement recorder = browser.findElement(By.cssSelector(".recorder"));
        int durationMs = Integer.parseInt(recorder.getAttribute("data-duration-ms"));
        assertThat(durationMs / 1000.0).isCloseTo(10.25, within(0.75)); // stopped between 10.0 and 11.0 s
        List<double[]> pauses = Arrays.stream(recorder.getAttribute("data-pauses").split(","))
                .map(pause -> Arrays.stream(pause.split("-")).mapToDouble(ms -> Integer.parseInt(ms) / 1000.0).toArray())
                .toList();
        assertThat(pauses).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(pauses.get(i)[0]).as("pause %d start", i).isCloseTo(PAUSES[i][0], within(0.5));
            assertThat(pauses.get(i)[1]).as("pause %d end", i).isCloseTo(PAUSES[i][1], within(0.5));
        }
        browser.findElement(By.cssSelector(".recorder-keep")).click();
        WebElement attempt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".attempt")));
        assertThat(attempt.getText()).contains("Length 0:10", "long pauses: at 0:02", "at 0:07");
        return Pages.href(browser, ".attempt a[href^='practice/listen/']");
    }

    /** The player seeks; the server answers the browser's range requests with 206 and the right part. */
    private static void seekServedInRanges(WebDriver browser, PackagedApp app, String listen) {
        Pages.open(browser, app.url(listen));
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const audio = document.querySelector('audio');
                fetch(audio.src, {headers: {Range: 'bytes=100-199'}})
                  .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + b.byteLength + ' ' + r.headers.get('Content-Range'))))
                  .catch(e => done(String(e)));""");
        assertThat(String.valueOf(status)).startsWith("206 100 bytes 100-199/");
        Pages.js(browser, "const a = document.querySelector('audio'); a.muted = true; a.currentTime = 6;");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Math.abs(currentTime(driver) - 6) < 0.6);
    }

    /** On the recording's review page the applicant asks the demo mentor for a review. */
    private static void shareForReview(WebDriver browser, PackagedApp app, long recordingId) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Pages.open(browser, app.url("review/recording/" + recordingId));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".share-row vaadin-button"))).click();
        WebElement note = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-dialog textarea")));
        note.sendKeys("Am I too slow in the middle?");
        browser.findElement(By.cssSelector("vaadin-dialog vaadin-button[theme~='primary']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".share-row"), "Review requested"));
    }

    /** The demo mentor plays to 0:04 and comments there. */
    private static void commentAtAMoment(WebDriver browser, PackagedApp app, String listen) {
        Browsers.signIn(browser, app.url("login"), "mentor@matchprep.test", "interview-ready-2026");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(Pages.headingContains("Welcome"));
        Pages.open(browser, app.url(listen));
        Pages.js(browser, "const a = document.querySelector('audio'); a.muted = true; a.currentTime = 4.3;");
        wait.until(driver -> Math.abs(currentTime(driver) - 4.3) < 0.3);
        browser.findElement(By.cssSelector(".moment-composer textarea")).sendKeys("Slow down here");
        // a real click: it moves the focus, so the text area sends its value first
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Comment at this moment']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".moment-time"), "0:04"));
    }

    private static double currentTime(WebDriver browser) {
        return ((Number) Pages.js(browser, "return document.querySelector('audio, video').currentTime")).doubleValue();
    }
}
