package org.matchprep.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells whether another process runs the embedded server on a data folder, before anything there is
 * touched: the library holds a file lock on {@code epg-lock} while its server runs, and without this
 * check the stale-server clean-up would stop a server that is very much alive.
 */
final class DataFolderLock {

    static final String LOCK_FILE = "epg-lock";

    private DataFolderLock() {
    }

    static void requireFree(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return; // never started here, or initdb has yet to run (it wants an empty folder)
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new EmbeddedDatabaseInUseException(dataDir);
            }
            lock.release();
        } catch (OverlappingFileLockException heldByThisJvm) {
            throw new EmbeddedDatabaseInUseException(dataDir);
        }
    }
}
