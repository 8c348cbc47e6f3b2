/**
 * TeX to MathML at build time: Temml run in GraalJS, started only when a course has a formula, with
 * its results kept for the life of the JVM ({@link io.github.coursenotes.math.MathCache}) and its inline
 * styles turned into classes the site's Content-Security-Policy allows. Depends on nothing else of ours.
 */
package io.github.coursenotes.math;
