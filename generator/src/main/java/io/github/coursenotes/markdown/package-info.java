/**
 * Parse stage: the one place that configures CommonMark, and the parsing of a note into its
 * document, outline (headings with stable anchors) and cards.
 */
package io.github.coursenotes.markdown;
