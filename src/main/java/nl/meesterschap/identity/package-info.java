/**
 * Who is who: organisations, teams, networks, people, their roles, login and API tokens, and the one access
 * policy ({@link nl.meesterschap.identity.AccessPolicy}) that decides who may see a shared item.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.identity;
