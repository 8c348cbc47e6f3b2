package io.github.coursenotes.deck;

import java.nio.file.Path;

/**
 * A media file of the Anki package: an image that cards show.
 *
 * @param name   the file name in Anki's media folder, as the fields refer to it
 * @param source the file to copy
 */
public record AnkiMedia(String name, Path source) {
}
