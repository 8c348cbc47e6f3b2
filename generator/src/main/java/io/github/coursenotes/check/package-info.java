/**
 * Resolve and check stage: rewrites links between notes to the generated pages, and checks every
 * internal link, anchor, image and card id, collecting all problems as diagnostics.
 */
package io.github.coursenotes.check;
