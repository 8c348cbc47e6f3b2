package io.github.coursenotes.diagnostic;

/** How bad a {@link Diagnostic} is: errors fail the build, warnings only when asked to. */
public enum Severity {
    ERROR,
    WARNING
}
