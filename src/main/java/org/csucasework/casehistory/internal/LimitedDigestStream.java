package org.csucasework.casehistory.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and digests (SHA-256) what is read through it, and fails with {@link TooLarge} as soon as more than the
 * limit has been read: a file over the limit is refused while it streams, whatever size its sender declared.
 */
public class LimitedDigestStream extends FilterInputStream {

    /** More bytes came than the limit allows. */
    public static class TooLarge extends IOException {
        public TooLarge(long limit) {
            super("More than " + limit + " bytes");
        }
    }

    private final long limit;
    private final MessageDigest digest;
    private long count;

    public LimitedDigestStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
            digest.update(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("Skipping would leave bytes out of the checksum");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(int n) throws TooLarge {
        count += n;
        if (count > limit) {
            throw new TooLarge(limit);
        }
    }

    public long count() {
        return count;
    }

    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
