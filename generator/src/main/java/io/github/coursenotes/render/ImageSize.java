package io.github.coursenotes.render;

/** The intrinsic size of an image in CSS pixels, written as {@code width}/{@code height} on its {@code <img>}. */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
    }
}
