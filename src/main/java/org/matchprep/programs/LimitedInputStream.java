package org.matchprep.programs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most a given number of bytes, then fails, so an oversized upload is refused without being held whole. */
final class LimitedInputStream extends FilterInputStream {

    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("too large");
        }
    }

    private long remaining;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && --remaining < 0) {
            throw new TooLargeException();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            remaining -= n;
            if (remaining < 0) {
                throw new TooLargeException();
            }
        }
        return n;
    }
}
