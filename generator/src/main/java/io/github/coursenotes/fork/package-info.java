/**
 * Runs a build in a fresh JVM started for it, with JIT and garbage-collector settings suited to a
 * short batch job, and brings its result back: what {@code mvn package} uses by default. The build
 * itself is {@link io.github.coursenotes.SiteBuilder}'s, unchanged; this package only carries its
 * configuration there ({@link ConfigFile}) and its result back ({@link ResultFile}).
 */
package io.github.coursenotes.fork;
