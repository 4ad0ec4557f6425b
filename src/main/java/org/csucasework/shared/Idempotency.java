package org.csucasework.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code Idempotency-Key} of the calls that take one (logging a report, adding an action): a retry with the same
 * key gets the first answer instead of a second record. Each stored record keeps a fingerprint of what was asked, so
 * that the same key sent with a different request is refused ({@link KeyReusedException}, a 422 problem) rather than
 * answered as if it had been the first request.
 */
public final class Idempotency {

    public static final String FIELD = "Idempotency-Key";
    public static final int KEY_LENGTH = 100;
    public static final int FINGERPRINT_LENGTH = 64;

    private Idempotency() {
    }

    /** The key as sent, trimmed; null when none was sent. */
    public static String key(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = header.trim();
        if (key.length() > KEY_LENGTH) {
            throw ValidationException.of(FIELD, "At most " + KEY_LENGTH + " characters");
        }
        return key;
    }

    /** A SHA-256 of what was asked: the parts' text (records print every component), one after the other. */
    public static String fingerprint(Object... request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : request) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Refuses a retry whose request differs from the one first sent with its key. A record stored before
     * fingerprints were kept has none, and is taken to match.
     */
    public static void requireSameRequest(String storedFingerprint, String fingerprint) {
        if (storedFingerprint != null && !storedFingerprint.equals(fingerprint)) {
            throw new KeyReusedException();
        }
    }

    /** The key was first sent with a different request. */
    public static class KeyReusedException extends ValidationException {
        public KeyReusedException() {
            super(java.util.List.of(new FieldError(FIELD, "This key was already used for a different request: "
                    + "send a new key with a new request")));
        }
    }
}
