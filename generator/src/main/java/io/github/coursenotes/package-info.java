/**
 * coursenotes: a static site generator for course notes. {@link io.github.coursenotes.SiteBuilder}
 * builds a site by running the stages of the {@link io.github.coursenotes.Pipeline}, load → parse →
 * check → render → write, each taking and returning values; the packages named for the stages hold
 * their work. The Maven goals in {@code io.github.coursenotes.maven} are thin adapters over it, and
 * the incremental builds of the preview server ({@code incremental}, {@code serve}) are built on the
 * same stages; this package knows nothing of them.
 */
package io.github.coursenotes;
