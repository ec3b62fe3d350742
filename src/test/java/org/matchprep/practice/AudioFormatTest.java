package org.matchprep.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * The type of a recording is read from its bytes, whatever it claims: a WebM or MP4 with a video track is
 * kept as video, one with sound only as audio. Files made here ({@link TestVideo}) and the starts of real
 * ones, in {@code src/test/resources/org/matchprep/practice/*.hex}: the first bytes, up to the first Cluster
 * (WebM) or to the end of {@code moov} (MP4), of what Chromium 156's MediaRecorder wrote from its fake
 * devices for {@code audio/webm;codecs=opus} (158 bytes), {@code video/webm;codecs=vp8,opus} (201 bytes,
 * 640x360) and {@code video/mp4;codecs=vp9,opus} (1200 bytes).
 */
class AudioFormatTest {

    @Test
    void a_webm_with_a_video_track_is_video_and_one_with_sound_only_is_audio() {
        assertThat(AudioFormat.sniff(TestVideo.webm(true))).contains(AudioFormat.WEBM_VIDEO);
        assertThat(AudioFormat.sniff(TestVideo.webm(false))).contains(AudioFormat.WEBM);
        assertThat(AudioFormat.WEBM_VIDEO.contentType()).isEqualTo("video/webm");
        assertThat(AudioFormat.WEBM.contentType()).isEqualTo("audio/webm");
    }

    @Test
    void an_mp4_with_a_vide_handler_is_video_and_one_with_soun_only_is_audio() {
        assertThat(AudioFormat.sniff(TestVideo.mp4(true))).contains(AudioFormat.MP4_VIDEO);
        assertThat(AudioFormat.sniff(TestVideo.mp4(false))).contains(AudioFormat.MP4);
        assertThat(AudioFormat.MP4_VIDEO.contentType()).isEqualTo("video/mp4");
    }

    @Test
    void what_chromium_records_is_told_apart_from_its_first_bytes() throws IOException {
        assertThat(AudioFormat.sniff(fixture("chromium-video.webm.hex"))).contains(AudioFormat.WEBM_VIDEO);
        assertThat(AudioFormat.sniff(fixture("chromium-audio.webm.hex"))).contains(AudioFormat.WEBM);
        assertThat(AudioFormat.sniff(fixture("chromium-video.mp4.hex"))).contains(AudioFormat.MP4_VIDEO);
    }

    @Test
    void a_start_cut_anywhere_inside_the_track_list_is_still_a_recording_and_never_breaks_the_reading() {
        byte[] webm = TestVideo.webm(true);
        for (int length = 4; length <= webm.length; length++) {
            assertThat(AudioFormat.sniff(Arrays.copyOf(webm, length)).orElse(null)).as("first %d bytes", length)
                    .isIn(AudioFormat.WEBM, AudioFormat.WEBM_VIDEO);
        }
        byte[] mp4 = TestVideo.mp4(true);
        for (int length = 8; length <= mp4.length; length++) {
            assertThat(AudioFormat.sniff(Arrays.copyOf(mp4, length)).orElse(null)).as("first %d bytes", length)
                    .isIn(AudioFormat.MP4, AudioFormat.MP4_VIDEO);
        }
    }

    @Test
    void a_video_track_after_the_media_data_or_a_handler_outside_a_track_is_not_taken_for_one() {
        byte[] audioOnly = TestVideo.webm(false);
        byte[] videoTracks = TestVideo.webm(true);
        // the Cluster of the audio-only file, followed by garbage that happens to read as a video TrackType
        byte[] late = concat(audioOnly, Arrays.copyOfRange(videoTracks, 0, videoTracks.length));
        assertThat(AudioFormat.sniff(late)).contains(AudioFormat.WEBM);
        // a handler "vide" in a box that is no track (a user-data box) says nothing
        byte[] mp4 = TestVideo.mp4(false);
        byte[] stray = concat(mp4, box("udta", concat(box("hdlr", concat(new byte[8], ascii("vide"), new byte[13])))));
        assertThat(AudioFormat.sniff(stray)).contains(AudioFormat.MP4);
    }

    @Test
    void ogg_wav_and_anything_else_are_read_as_before() {
        assertThat(AudioFormat.sniff(TestAudio.wav(1000))).contains(AudioFormat.WAV);
        assertThat(AudioFormat.sniff(concat(ascii("OggS"), new byte[40]))).contains(AudioFormat.OGG);
        assertThat(AudioFormat.sniff(ascii("<html><body>video</body></html>"))).isEmpty();
        assertThat(AudioFormat.sniff(new byte[0])).isEmpty();
        assertThat(AudioFormat.isVideo("video/webm")).isTrue();
        assertThat(AudioFormat.isVideo("audio/webm")).isFalse();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = AudioFormatTest.class.getResourceAsStream(name)) {
            return HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("\\s", ""));
        }
    }

    private static byte[] box(String type, byte[] body) {
        return concat(java.nio.ByteBuffer.allocate(4).putInt(8 + body.length).array(), ascii(type), body);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
