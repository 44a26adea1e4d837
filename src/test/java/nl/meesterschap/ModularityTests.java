package nl.meesterschap;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of the design hold: no module reaches into another's internals, no cycles. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MeesterschapApplication.class);

	@Test
	void modules_respect_their_boundaries() {
		modules.verify();
	}

	@Test
	void writes_the_module_documentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
