/**
 * coursenotes: a static site generator for course notes. {@link io.github.coursenotes.SiteBuilder}
 * runs the pipeline load → parse → resolve/check → render → write; the Maven goals in
 * {@code io.github.coursenotes.maven} are thin adapters over it.
 */
package io.github.coursenotes;
