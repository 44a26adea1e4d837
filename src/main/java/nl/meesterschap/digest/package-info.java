/**
 * Digests: thematic newsletters made bottom-up from practice (the stories colleagues found most recognisable,
 * signals and how policy answered them, upcoming sessions, new koers versions), composed per reader so each sees
 * only what they may see, mailed through the notifications module's outbox and kept in a web archive. Themes: the
 * organisation's general digest (everyone gets it unless they leave), its domains (Jeugd, Wmo, Participatie), networks
 * and learning circles.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.digest;
