package io.github.coursenotes.cards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Derives a stable card id from the page and the question, for cards without {@code id=}. */
public final class CardIds {

    private CardIds() {
    }

    /** {@code pageKey-xxxxxxxx}: the same page and question give the same id in every build. */
    public static String derive(String pageKey, String promptText) {
        String normalised = promptText.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return pageKey + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
