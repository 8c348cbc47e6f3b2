/**
 * The Maven goals: thin adapters that map parameters to a {@link io.github.coursenotes.BuildConfig},
 * call the core and turn content problems into {@code MojoFailureException}.
 */
package io.github.coursenotes.maven;
