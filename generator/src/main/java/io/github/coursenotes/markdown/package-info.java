/**
 * Parse stage: the one place that configures CommonMark, and the parsing of a note into its
 * document, outline (headings with stable anchors) and cards. GitHub's syntax beyond CommonMark is
 * here as extensions: formulas (typeset to MathML at build time, {@link io.github.coursenotes.markdown.Formulas}),
 * alerts as callouts, and the links, images and ids of raw HTML as nodes the check stage resolves;
 * other tools' syntax that would show as text is reported.
 */
package io.github.coursenotes.markdown;
