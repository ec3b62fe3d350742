package org.matchprep.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.practice.RecordingFixture.Setup;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints the heap and the time for 20 concurrent uploads and then 20 concurrent streams of a 10 MB
 * recording, on the real service and a real PostgreSQL. A benchmark, not a test: it asserts nothing and is
 * not run by {@code verify}. Run it with {@code ./mvnw test -Dtest=RecordingStreamBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures land in
 * target/surefire-reports/org.matchprep.practice.RecordingStreamBenchmark-output.txt.
 */
class RecordingStreamBenchmark extends IntegrationTest {

    static final int CONCURRENT = 20;
    static final int DATA_BYTES = 10 * 1024 * 1024 - 44;

    @Autowired
    RecordingService recordings;

    @Autowired
    RecordingFixture fixture;

    @Test
    void twenty_uploads_and_twenty_streams_of_ten_megabytes() throws Exception {
        List<Setup> applicants = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            applicants.add(fixture.paired()); // one applicant each: uploads of one applicant wait for each other
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        Peak peak = Peak.start(memory);

        long started = System.nanoTime();
        List<Long> ids = all(applicants.stream().map(setup -> (Callable<Long>) () -> {
            accounts.signIn(setup.applicant());
            return recordings.upload(setup.question().id(), wav(), DATA_BYTES + 44,
                    new Delivery(100_000, 80_000, List.of())).id();
        }).toList());
        double uploadSeconds = (System.nanoTime() - started) / 1e9;
        long afterUploads = usedAfterGc(memory);

        started = System.nanoTime();
        AtomicLong streamed = new AtomicLong();
        List<Callable<Long>> streams = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            AccountSummary owner = applicants.get(i).applicant();
            long id = ids.get(i);
            streams.add(() -> {
                accounts.signIn(owner);
                RecordingContent content = recordings.content(id);
                recordings.copy(content, 0, content.bytes() - 1, new Counting(streamed));
                return content.bytes();
            });
        }
        all(streams);
        double streamSeconds = (System.nanoTime() - started) / 1e9;
        long peakUsed = peak.stop();
        long after = usedAfterGc(memory);

        double megabytes = CONCURRENT * (DATA_BYTES + 44) / 1024.0 / 1024.0;
        System.out.printf("%d concurrent uploads of 10 MB: %.1f s (%.1f MB/s in all)%n", CONCURRENT, uploadSeconds,
                megabytes / uploadSeconds);
        System.out.printf("%d concurrent streams of 10 MB: %.1f s (%.1f MB/s in all), %d bytes streamed%n", CONCURRENT,
                streamSeconds, megabytes / streamSeconds, streamed.get());
        System.out.printf("Used heap after GC: before %.1f MB, after the uploads %.1f MB, after the streams %.1f MB;"
                        + " growth %.1f MB; highest used heap sampled during the run (garbage included) %.1f MB%n",
                mb(before), mb(afterUploads), mb(after), mb(after - before), mb(peakUsed));
    }

    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    try {
                        return task.call();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** A 10 MB WAV made on the fly, so the benchmark's own heap does not hold twenty files. */
    private static InputStream wav() {
        byte[] header = TestAudio.wav(0);
        java.nio.ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, 36 + DATA_BYTES)
                .putInt(40, DATA_BYTES);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                long total = 44L + DATA_BYTES;
                if (position >= total) {
                    return -1;
                }
                int count = (int) Math.min(length, total - position);
                for (int i = 0; i < count; i++, position++) {
                    buffer[offset + i] = position < 44 ? header[(int) position] : (byte) (position * 31);
                }
                return count;
            }
        };
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static final class Counting extends OutputStream {

        private final AtomicLong count;

        Counting(AtomicLong count) {
            this.count = count;
        }

        @Override
        public void write(int b) {
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            count.addAndGet(length);
        }
    }

    /** Samples the used heap every 20 ms until stopped. */
    private static final class Peak {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong highest = new AtomicLong();
        private Thread sampler;

        static Peak start(MemoryMXBean memory) {
            Peak peak = new Peak();
            peak.sampler = Thread.ofPlatform().daemon().start(() -> {
                while (peak.running.get()) {
                    peak.highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            });
            return peak;
        }

        long stop() throws InterruptedException {
            running.set(false);
            sampler.join();
            return highest.get();
        }
    }
}
