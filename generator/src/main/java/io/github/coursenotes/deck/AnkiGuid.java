package io.github.coursenotes.deck;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Anki note GUIDs derived from a key instead of drawn at random: the same key always gives the same
 * GUID, so importing a newer package updates the notes it imported before. Written like Anki's own
 * ({@code guid64}): a 64-bit number in base 91.
 */
final class AnkiGuid {

    private static final String DIGITS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "!#$%&()*+,-./:;<=>?@[]^_`{|}~";
    private static final BigInteger BASE = BigInteger.valueOf(DIGITS.length());

    private AnkiGuid() {
    }

    static String of(String key) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        BigInteger number = new BigInteger(1, Arrays.copyOf(digest, 8));
        StringBuilder guid = new StringBuilder();
        do {
            BigInteger[] division = number.divideAndRemainder(BASE);
            guid.append(DIGITS.charAt(division[1].intValue()));
            number = division[0];
        } while (number.signum() > 0);
        return guid.toString();
    }
}
