/**
 * Personal-data detection and redaction, the publish guard that keeps citizens' BSNs, IBANs, phone numbers,
 * addresses, birth dates and names out of practice stories.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.privacy;
