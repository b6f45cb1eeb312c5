package com.connectboard.graphql;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Opaque, random, prefixed ids (docs/api.md): the prefix, an underscore and 24 base-62 characters (about 143
 * random bits), so ids can be neither guessed nor enumerated. An id derived from a key ({@link #derivedId}) has the
 * same form.
 */
public final class Ids {

    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            .toCharArray();
    private static final int LENGTH = 24;

    private Ids() {
    }

    public static String newId(String prefix) {
        SecureRandom random = Holder.RANDOM;
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return prefix + "_" + new String(chars);
    }

    /**
     * The same id for the same key, of the same form as {@link #newId}: 24 base-62 digits of the key's SHA-256. For
     * things that are recomputed rather than stored (a required action keeps its id while it stays outstanding).
     */
    public static String derivedId(String prefix, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            BigInteger value = new BigInteger(1, digest);
            BigInteger base = BigInteger.valueOf(ALPHABET.length);
            char[] chars = new char[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                BigInteger[] division = value.divideAndRemainder(base);
                chars[i] = ALPHABET[division[1].intValue()];
                value = division[0];
            }
            return prefix + "_" + new String(chars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String prefixOf(String id) {
        int underscore = id == null ? -1 : id.indexOf('_');
        return underscore <= 0 ? "" : id.substring(0, underscore);
    }

    /** Lazily created so that a native image seeds it at run time, not at build time. */
    private static final class Holder {
        static final SecureRandom RANDOM = new SecureRandom();
    }
}
