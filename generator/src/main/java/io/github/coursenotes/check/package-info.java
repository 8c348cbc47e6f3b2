/**
 * Resolve and check stage: rewrites links between notes to the generated pages, and checks every
 * internal link, anchor, image and card id, collecting all problems as diagnostics. Links resolve as
 * GitHub resolves them in a repository (folders, README pages, paths from the top of the content
 * folder), raw HTML included; how strictly is {@link io.github.coursenotes.check.LinkRules}.
 */
package io.github.coursenotes.check;
