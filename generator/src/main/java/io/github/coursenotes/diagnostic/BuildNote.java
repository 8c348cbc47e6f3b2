package io.github.coursenotes.diagnostic;

/**
 * Something the build has to say that is not a problem in the author's input, such as the size of
 * the search index or a file skipped for lack of a site URL. Notes are logged; they never fail a
 * build, not even with {@code failOnWarnings}, and carry no file position.
 */
public record BuildNote(Level level, String message) implements Comparable<BuildNote> {

    /** How the note is logged. */
    public enum Level {
        INFO,
        WARNING
    }

    @Override
    public int compareTo(BuildNote other) {
        int byLevel = level.compareTo(other.level);
        return byLevel != 0 ? byLevel : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return (level == Level.WARNING ? "warning: " : "") + message;
    }
}
