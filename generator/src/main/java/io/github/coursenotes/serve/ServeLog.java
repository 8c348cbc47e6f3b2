package io.github.coursenotes.serve;

/** Where the preview server reports what it does; the {@code serve} goal maps it to Maven's log. */
public interface ServeLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    /** A log that drops everything, for tests. */
    static ServeLog silent() {
        return new ServeLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void error(String message) {
            }
        };
    }
}
