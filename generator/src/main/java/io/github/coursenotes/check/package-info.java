/**
 * Resolve and check stage: checks every internal link, anchor, image and card id, collecting all
 * problems as diagnostics, and returns each note as a {@link io.github.coursenotes.check.CheckedPage}:
 * its parsed page with where each internal link points in the site, a value the render stage reads.
 * Links resolve as GitHub resolves them in a repository (folders, README pages, paths from the top
 * of the content folder), raw HTML included; how strictly is {@link io.github.coursenotes.check.LinkRules}.
 */
package io.github.coursenotes.check;
