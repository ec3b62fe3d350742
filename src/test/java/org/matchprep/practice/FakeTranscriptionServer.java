package org.matchprep.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the external speech-to-text server (whisper.cpp's server, a faster-whisper server, LocalAI):
 * a JDK HTTP server on loopback that answers {@code POST /v1/audio/transcriptions} with the response shapes
 * of OpenAI's interface, in the order the test queues them, and keeps every request it received.
 */
public final class FakeTranscriptionServer implements AutoCloseable {

    /** What OpenAI's interface (and the servers copying it) answer with {@code response_format=verbose_json}. */
    public static final String VERBOSE_JSON = """
            {"task":"transcribe","language":"english","duration":8.0,
             "text":"Um, I chose radiology after a night shift in Chennai. Like, the CT showed the bleed, you know.",
             "segments":[
              {"id":0,"seek":0,"start":0.0,"end":3.0,"text":" Um, I chose radiology after a night shift in Chennai.",
               "tokens":[50364,3301,11,286,5111,2843],"temperature":0.0,"avg_logprob":-0.28,
               "compression_ratio":1.19,"no_speech_prob":0.012},
              {"id":1,"seek":300,"start":6.0,"end":8.0,"text":" Like, the CT showed the bleed, you know.",
               "tokens":[50664,9086,11,264,17204],"temperature":0.0,"avg_logprob":-0.31,
               "compression_ratio":1.19,"no_speech_prob":0.02}]}
            """;
    /** {@code response_format=json}: the text alone. */
    public static final String JSON = """
            {"text":"I chose radiology after a night shift."}
            """;

    public record Received(String contentType, String authorization, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.ISO_8859_1);
        }

        /** The value of a plain form field. */
        public String field(String name) {
            String text = text();
            String marker = "name=\"" + name + "\"\r\n\r\n";
            int start = text.indexOf(marker);
            return start < 0 ? null : text.substring(start + marker.length(), text.indexOf("\r\n", start + marker.length()));
        }

        /** The bytes of the uploaded file. */
        public byte[] file() {
            String text = text();
            int header = text.indexOf("name=\"file\"");
            int start = text.indexOf("\r\n\r\n", header) + 4;
            String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
            int end = text.indexOf("\r\n--" + boundary + "--", start);
            return Arrays.copyOfRange(body, start, end);
        }
    }

    private record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    public final List<Received> received = new CopyOnWriteArrayList<>();

    public FakeTranscriptionServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/audio/transcriptions", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("Authorization"), in.readAllBytes()));
            }
            Answer answer;
            synchronized (answers) {
                answer = answers.isEmpty() ? new Answer(500, "{\"error\":{\"message\":\"nothing queued\"}}") : answers.poll();
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeTranscriptionServer answer(int status, String body) {
        synchronized (answers) {
            answers.add(new Answer(status, body));
        }
        return this;
    }

    public void reset() {
        synchronized (answers) {
            answers.clear();
        }
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
