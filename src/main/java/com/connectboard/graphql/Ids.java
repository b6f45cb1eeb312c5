package com.connectboard.graphql;

import java.security.SecureRandom;

/**
 * Opaque, random, prefixed ids (docs/api.md): the prefix, an underscore and 24 base-62 characters (about 143
 * random bits), so ids can be neither guessed nor enumerated.
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

    public static String prefixOf(String id) {
        int underscore = id == null ? -1 : id.indexOf('_');
        return underscore <= 0 ? "" : id.substring(0, underscore);
    }

    /** Lazily created so that a native image seeds it at run time, not at build time. */
    private static final class Holder {
        static final SecureRandom RANDOM = new SecureRandom();
    }
}
