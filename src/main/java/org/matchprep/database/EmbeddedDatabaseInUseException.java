package org.matchprep.database;

import java.nio.file.Path;

/** Another running MatchPrep (or anything using the same embedded server) holds the data folder. */
class EmbeddedDatabaseInUseException extends RuntimeException {

    EmbeddedDatabaseInUseException(Path dataDir) {
        super("The embedded database folder " + dataDir.toAbsolutePath() + " is in use by another running MatchPrep; "
                + "stop it, or give this one its own folder with --matchprep.embedded-db.data-dir=<folder> "
                + "(or another HOME).");
    }
}
