package nl.meesterschap.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Login protection: after {@code maxFailedLogins} wrong passwords the account locks for {@code lockoutDuration}. */
@ConfigurationProperties("meesterschap.security")
record SecuritySettings(int maxFailedLogins, Duration lockoutDuration, Duration invitationValidity) {
}
