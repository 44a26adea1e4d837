/**
 * Practice stories: professionals write what happened with a reflection model (STARR, Korthagen, dilemma, free),
 * link it to the koers principles it touched, and share it with an audience once the privacy guard is satisfied.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.practice;
