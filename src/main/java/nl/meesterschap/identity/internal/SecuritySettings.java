package nl.meesterschap.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection: after {@code maxFailedLogins} wrong passwords the account locks for {@code lockoutDuration};
 * after {@code failedLoginsPerAddress} failed logins from one address within {@code failedLoginsWindow}, that
 * address waits (see {@link LoginThrottle}).
 */
@ConfigurationProperties("meesterschap.security")
record SecuritySettings(int maxFailedLogins, Duration lockoutDuration, Duration invitationValidity,
		int failedLoginsPerAddress, Duration failedLoginsWindow) {

	SecuritySettings {
		failedLoginsPerAddress = failedLoginsPerAddress <= 0 ? 50 : failedLoginsPerAddress;
		failedLoginsWindow = failedLoginsWindow == null ? Duration.ofMinutes(10) : failedLoginsWindow;
	}

}
