package org.matchprep.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The embedded server's superuser password. Generated once, kept in a file beside the data folder (not
 * inside it: initdb wants an empty folder) that only its owner may read, so that on a shared machine
 * another local user cannot connect to 127.0.0.1 and read everyone's data.
 */
final class EmbeddedDatabaseSecret {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int SECRET_BYTES = 32;

    private EmbeddedDatabaseSecret() {
    }

    static Path fileFor(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".secret");
    }

    /** Reads the secret, or generates and stores it when there is none yet. */
    static String readOrCreate(Path dataDir) throws IOException {
        Path file = fileFor(dataDir);
        if (Files.exists(file)) {
            restrictToOwner(file);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && !lines.getFirst().isBlank()) {
                return lines.getFirst().strip();
            }
        }
        byte[] random = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(random);
        // URL-safe Base64 has no quote, backslash or space, so it is safe in a pwfile and an SQL literal
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.deleteIfExists(file);
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        return secret;
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
