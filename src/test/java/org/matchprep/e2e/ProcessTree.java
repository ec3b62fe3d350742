package org.matchprep.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A started process and every process it started, remembered while they run. A child that outlives its
 * parent is re-parented and no longer shows among the descendants, and the embedded PostgreSQL is started
 * as a daemon (pg_ctl), so it is never a descendant: {@code daemons} names such processes.
 */
final class ProcessTree {

    private static final Duration FORCED_STOP_WAIT = Duration.ofSeconds(10);

    private final Process root;
    private final Supplier<Optional<ProcessHandle>> daemons;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    ProcessTree(Process root, Supplier<Optional<ProcessHandle>> daemons) {
        this.root = root;
        this.daemons = daemons;
    }

    /** Notes the processes running now, so they are stopped later even if their parent has gone. */
    synchronized void remember() {
        root.descendants().forEach(seen::add);
        daemons.get().ifPresent(daemon -> {
            seen.add(daemon);
            daemon.descendants().forEach(seen::add);
        });
    }

    /** CPU time used so far by the root and the processes known to be running; it grows while they work. */
    synchronized Duration cpuTime() {
        remember();
        Duration total = root.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
        for (ProcessHandle process : seen) {
            if (process.isAlive()) {
                total = total.plus(process.info().totalCpuDuration().orElse(Duration.ZERO));
            }
        }
        return total;
    }

    /**
     * Asks the root to stop (so the app can shut its database down itself), waits up to {@code grace},
     * then asks every remembered process still running, and finally kills what is left.
     *
     * @return the processes still alive afterwards (empty unless the operating system refused)
     */
    synchronized List<ProcessHandle> stop(Duration grace) throws InterruptedException {
        remember();
        root.destroy();
        if (!root.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            root.destroyForcibly();
        }
        remember(); // the daemon's pid file is still readable, its children still listed
        List<ProcessHandle> left = alive();
        left.forEach(ProcessHandle::destroy);
        awaitExit(left, grace);
        left = alive();
        left.forEach(ProcessHandle::destroyForcibly);
        awaitExit(left, FORCED_STOP_WAIT);
        root.waitFor(FORCED_STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        List<ProcessHandle> survivors = alive();
        if (root.isAlive()) {
            survivors.addFirst(root.toHandle());
        }
        return survivors;
    }

    /** Every process this tree started, for a test that checks they are gone. */
    synchronized Set<ProcessHandle> known() {
        Set<ProcessHandle> all = new LinkedHashSet<>();
        all.add(root.toHandle());
        all.addAll(seen);
        return all;
    }

    private List<ProcessHandle> alive() {
        return new ArrayList<>(seen.stream().filter(ProcessHandle::isAlive).toList());
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        for (ProcessHandle process : processes) {
            CompletableFuture<ProcessHandle> exit = process.onExit();
            try {
                exit.get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // what is still alive is killed next, or reported
            }
        }
    }
}
