package nl.meesterschap.web;

import java.util.UUID;

/** What the shell needs to know about the signed-in person (implemented by the identity module's principal). */
public interface ShellUser {

	UUID personId();

	String displayName();

	/** True when the person administers at least one organisation (shows the "Beheer" link). */
	boolean administrator();

	/** True for a privacy officer (shows the privacy log). */
	boolean privacyOfficer();

	/** True for a moderator or privacy officer (shows the moderation queue). */
	boolean moderator();

}
