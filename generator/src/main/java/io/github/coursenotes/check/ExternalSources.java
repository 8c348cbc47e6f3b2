package io.github.coursenotes.check;

import java.util.Locale;
import java.util.Optional;

/**
 * What to say about an image or other embedded file on another server. The site promises to load
 * nothing from elsewhere, and its Content-Security-Policy enforces it, so such an image would be
 * broken without a word; each one is a warning instead. With {@code externalImages} the policy
 * allows {@code https:} images, and only {@code http:} ones (which it still blocks) are reported.
 * Frames, video and audio from elsewhere are always blocked.
 */
final class ExternalSources {

    private ExternalSources() {
    }

    /** @param element the element that loads it: {@code img} for Markdown images */
    static Optional<String> check(String destination, String element, boolean externalImages) {
        String scheme = destination.contains(":") ? destination.substring(0, destination.indexOf(':'))
                .toLowerCase(Locale.ROOT) : "https";
        if (scheme.equals("data")) {
            return Optional.empty(); // inline data: images are allowed
        }
        boolean isImage = element.equals("img") || element.equals("source");
        if (isImage && externalImages) {
            return scheme.equals("https") ? Optional.empty() : Optional.of("image '" + destination + "' is loaded over "
                    + scheme + ":, which the site's Content-Security-Policy blocks (it allows images from other servers"
                    + " over https: only); write https://");
        }
        if (isImage) {
            return Optional.of("image '" + destination + "' is on another server, which the site's"
                    + " Content-Security-Policy blocks (the site loads nothing from elsewhere): save it into content/ and"
                    + " link it relatively, or allow https: images with -Dcoursenotes.externalImages=true");
        }
        return Optional.of("'<" + element + " src=\"" + destination + "\">' loads from another server, which the site's"
                + " Content-Security-Policy blocks; link to it instead");
    }
}
