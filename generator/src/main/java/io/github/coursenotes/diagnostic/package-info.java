/** Problems in the author's input as values: {@code path:line:column: message}, collected per build. */
package io.github.coursenotes.diagnostic;
