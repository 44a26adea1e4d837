/**
 * Learning records from the platform: listeners turn what professionals do on Meesterschap (sharing a story,
 * reflecting, responding, helping, answering a dilemma, attending a session, raising a signal, reading a koers
 * principle) into xAPI statements in their organisation's learning record store, as described by the xAPI profile
 * in {@code docs/xapi-profile.md}. Statements carry ids and codes, never what people wrote.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.learning.records;
