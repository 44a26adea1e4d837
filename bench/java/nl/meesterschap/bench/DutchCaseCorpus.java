package nl.meesterschap.bench;

import java.util.List;
import java.util.Random;

/**
 * Builds realistic Dutch case prose for the privacy scan benchmark: sentences as social workers write them, with
 * amounts, dates, times, law articles, organisations and week numbers, and a small share of sentences holding personal
 * data. Slots such as {DATUM} are filled at random from a fixed seed, so every run scans the same text.
 */
final class DutchCaseCorpus {

	/** Sentences without personal data: every finding in them is a false alarm. */
	static final List<String> CLEAN = List.of(
			"Tijdens het huisbezoek op {DAG} bleek dat de situatie thuis sterk verslechterd was.",
			"Moeder gaf aan dat zij de huur van {BEDRAG} al {N} maanden niet meer kon betalen.",
			"We hebben de casus op {DATUM} besproken in het multidisciplinair overleg van het wijkteam.",
			"De consulent van de Wmo heeft een indicatie voor huishoudelijke ondersteuning afgegeven.",
			"Volgens {ART} moet de gemeente binnen acht weken een beschikking afgeven.",
			"Het gesprek begon om {TIJD} en duurde ruim anderhalf uur.",
			"De jongere zit in groep {N} van de basisschool en heeft moeite met lezen.",
			"In week {N} volgt een evaluatie met alle betrokken partijen.",
			"Vader werkt in ploegendienst en is daardoor moeilijk bereikbaar.",
			"De schuldhulpverlener schat de totale schuld op ongeveer {BEDRAG}.",
			"Het gezin woont sinds {JAAR} in een huurwoning van de corporatie.",
			"Er is een melding gedaan bij Veilig Thuis na signalen van huiselijk geweld.",
			"De Raad voor de Kinderbescherming doet onderzoek naar de opvoedsituatie.",
			"Welzijn Lindewaarde organiseert elke {DAG} een inloopspreekuur in het buurthuis.",
			"Ik merkte dat ik zelf ook onzeker werd over mijn rol in dit gezin.",
			"Wat had ik anders kunnen doen om het vertrouwen van de cliënt te winnen?",
			"De huisarts heeft een verwijzing gegeven voor de basis-GGZ.",
			"Na stap {N} van het plan bleek dat de afspraken niet werden nagekomen.",
			"Team {N} neemt de casus over zodra de wachtlijst korter is.",
			"De Wmo 2015 biedt ruimte voor maatwerk, maar de beleidsregels zijn strikt.",
			"Sinds de invoering van de Jeugdwet 2015 ligt de regie bij de gemeente.",
			"De Participatiewet stelt eisen aan de arbeidsinschakeling van de cliënt.",
			"Het UWV heeft de uitkering per {DATUM} stopgezet.",
			"De GGD heeft een hygiënisch onderzoek gedaan in de woning.",
			"Jeugdhulp De Linde biedt ambulante begeleiding aan het gezin.",
			"We spraken af dat de cliënt binnen twee weken de formulieren zou inleveren.",
			"Op {DATUM} hadden we overleg met school, huisarts en jeugdarts.",
			"De bijdrage van {BEDRAG} per maand is voor het gezin niet op te brengen.",
			"Daarna hebben we samen een weekplanning gemaakt met vaste momenten.",
			"Vervolgens bleek dat de energierekening al maanden niet betaald was.",
			"Bovendien was er sprake van een dreigende huisuitzetting.",
			"Gelukkig had de cliënt een goed netwerk van buren en vrienden.",
			"Helaas kwam de afspraak om {TIJD} niet door omdat niemand thuis was.",
			"De leerplichtambtenaar is ingeschakeld vanwege het hoge verzuim.",
			"Cliënt A vertelde dat hij zich schaamde voor de schulden.",
			"Moeder B wilde eerst niet praten, maar later ging het gesprek beter.",
			"Het kind van {N} jaar slaapt slecht en heeft nachtmerries.",
			"De mantelzorger is overbelast en heeft respijtzorg nodig.",
			"In de intervisie stelden collega's vooral open vragen over mijn aanpak.",
			"Ik heb de meldcode huiselijk geweld en kindermishandeling stap voor stap doorlopen.",
			"De eerste stap was in kaart brengen of er direct gevaar was.",
			"Uiteindelijk hebben we samen met de cliënt een veiligheidsplan opgesteld.",
			"Hoe weeg je de autonomie van de cliënt af tegen de veiligheid van de kinderen?",
			"Er is een aanvraag bijzondere bijstand ingediend voor de inrichting van de woning.",
			"De wachttijd voor specialistische jeugdhulp bedraagt op dit moment {N} maanden.",
			"Volgens de beleidsregels van {JAAR} valt dit onder algemene voorzieningen.",
			"De casus speelt in een kleine kern, dus we beschrijven alleen wat nodig is.",
			"Het sociaal wijkteam werkt volgens het principe één gezin, één plan, één regisseur.",
			"De cliënt heeft recht op een eigen bijdrage van maximaal {BEDRAG} per maand.",
			"Zie bijlage B voor het volledige ondersteuningsplan.",
			"Paragraaf {N}.{N} van het beleidsplan beschrijft de toegang tot maatwerkvoorzieningen.",
			"Conform {ART} is het college verplicht een onderzoek te doen.",
			"Om {TIJD} belde de school dat de jongen niet was verschenen.",
			"De zorgverzekeraar vergoedt {N} sessies bij de psycholoog.",
			"Er waren zorgen over de hygiëne, de voeding en de schoolgang.",
			"Moeder kreeg een time-out van drie dagen in de crisisopvang.",
			"De begeleiding is in {JAAR} gestart en loopt tot eind {JAAR}.",
			"In het evaluatiegesprek gaven beide ouders aan dat het beter ging.",
			"De schulden zijn opgelopen tot meer dan {BEDRAG} bij {N} schuldeisers.",
			"Een beschermingsbewind is aangevraagd bij de kantonrechter.",
			"Tijdens de casusbespreking kwamen verschillende perspectieven naar voren.",
			"Het lukte niet om contact te krijgen, ook niet via de mentor.",
			"De reclassering is betrokken vanwege een eerdere veroordeling.",
			"De cliënt gebruikt dagelijks alcohol en heeft geen dagbesteding.",
			"We kozen voor een outreachende aanpak met korte, frequente contacten.",
			"Na {N} weken was er een duidelijke verbetering zichtbaar.",
			"Het plan werd op {DATUM} ondertekend door alle partijen.",
			"De kosten van {BEDRAG} worden gedeeld door gemeente en zorgverzekeraar.",
			"Ik vond het lastig om mijn eigen normen en waarden los te laten.",
			"Mijn leerdoel voor deze periode was beter aansluiten bij de leefwereld van jongeren.",
			"Wat werkte goed: de cliënt zelf laten vertellen wat er speelt.",
			"Wat kan beter: eerder de samenwerking zoeken met de huisarts.",
			"De jeugdbeschermer heeft een ondertoezichtstelling voor een jaar gevraagd.",
			"Vanaf {DATUM} gaat de cliënt twee dagen per week naar de dagbesteding.",
			"Het budget voor het persoonsgebonden budget is vastgesteld op {BEDRAG}.",
			"De woningcorporatie wil meewerken aan een betalingsregeling.",
			"De voedselbank levert elke {DAG} een pakket af.",
			"Bij het tweede gesprek was ook de tolk aanwezig.",
			"De moeder spreekt Arabisch en een beetje Nederlands.",
			"Het gezin is in {JAAR} vanuit Syrië naar Nederland gekomen.",
			"De statushouder woont sinds kort in de gemeente en zoekt werk.",
			"De inburgering verloopt moeizaam door de zorg voor de kinderen.",
			"Vluchtelingenwerk begeleidt het gezin bij de eerste stappen.",
			"Er is een plan van aanpak gemaakt met drie doelen voor de komende maanden.",
			"Doel {N}: de cliënt heeft een stabiel inkomen en overzicht over de financiën.",
			"Ik heb mijn twijfels besproken met mijn leidinggevende en de gedragswetenschapper.",
			"Het team besloot de casus op te schalen naar het zorg- en veiligheidshuis.",
			"De politie heeft in {JAAR} twee keer een melding gekregen van de buren.",
			"Er volgt een overdracht naar de gecertificeerde instelling.",
			"In de nota staat dat de kosten {BEDRAG} per cliënt per jaar bedragen.",
			"De pilot liep van {DATUM} tot en met eind van het jaar.",
			"Tabel {N} geeft een overzicht van het aantal meldingen per wijk.",
			"Hoofdstuk {N} gaat over de rol van de professional.",
			"Bijeenkomst {N} van de leergang ging over ethische dilemma's.",
			"Module {N} behandelt gespreksvoering met ouders in een vechtscheiding.",
			"Het vervolggesprek staat gepland op {DAG} om {TIJD}.",
			"Tussen {TIJD} en {TIJD} is het spreekuur van de jeugdverpleegkundige.",
			"De toeslagen zijn met terugwerkende kracht teruggevorderd.",
			"Het herstelteam toeslagen heeft contact opgenomen met de ouders.",
			"Er is {BEDRAG} compensatie toegekend, maar de schulden blijven groot.",
			"De cliënt ervaart veel stress en slaapt gemiddeld vier uur per nacht.",
			"Ik heb geleerd dat ik niet alles zelf hoef op te lossen.",
			"Soms is stilte in een gesprek krachtiger dan een goed advies.",
			"Samen met de cliënt hebben we een netwerkkaart gemaakt.",
			"Opa en oma wonen dichtbij en willen graag helpen.",
			"De oudste dochter neemt veel zorgtaken op zich.",
			"De zoon van {N} gaat naar het voortgezet speciaal onderwijs.",
			"Het CJG bood opvoedondersteuning in de vorm van een cursus.",
			"Maatschappelijk werk nam de financiële vragen op zich.",
			"De wijkagent kent het gezin al jaren.",
			"Op verzoek van de cliënt is de huisarts niet geïnformeerd.",
			"De cliënt gaf toestemming om informatie te delen met school.",
			"Wij hebben de AVG-regels gevolgd en geen gegevens gedeeld zonder toestemming.",
			"Persoonsgegevens zijn in dit verhaal weggelaten of veranderd.",
			"Het verhaal is geanonimiseerd; namen zijn vervangen door [naam].",
			"De beschikking liep af op {DATUM} en is verlengd met een jaar.",
			"Er staat {BEDRAG} open bij de zorgverzekeraar en {BEDRAG} bij de energieleverancier.",
			"Volgens artikel {N} van de verordening is de gemeente bevoegd.",
			"Het bezwaar is op {DATUM} gegrond verklaard.",
			"De hoorzitting vond plaats op {DAG} {DATUM} om {TIJD}.",
			"In de periode {JAAR}-{JAAR} is het aantal meldingen verdubbeld.",
			"Ongeveer {N} procent van de gezinnen heeft te maken met armoede.",
			"De cliënt volgt een traject bij het leerwerkbedrijf.",
			"Na de zomer start een nieuwe groep voor mantelzorgers.",
			"Het buurtteam heeft een laagdrempelige inloop op {DAG}.",
			"De ambulant begeleider komt {N} keer per week langs.",
			"Er is een gesprek geweest met de school over passend onderwijs.",
			"De intern begeleider ziet dat de leerling zich terugtrekt.",
			"Mijn collega en ik hebben de taken verdeeld.",
			"Ik heb de cliënt doorverwezen naar de schuldhulpmaatjes.",
			"Vrijwilligers van Humanitas helpen met de thuisadministratie.",
			"De gezinscoach werkt met de methode Signs of Safety.",
			"We gebruikten de zelfredzaamheidsmatrix om de situatie te scoren.",
			"Op domein financiën scoorde het gezin een twee op vijf.",
			"Het dilemma: respecteren we de keuze of grijpen we in?",
			"Wat zou jij doen als de cliënt geen hulp wil?",
			"De cliënt zei letterlijk: ik wil gewoon dat iemand luistert.",
			"Het was een intensieve periode met veel crisismomenten.",
			"Uiteindelijk is de situatie gestabiliseerd.",
			"We sluiten de casus af met een warme overdracht.",
			"De jongere heeft een startkwalificatie behaald.",
			"Het leerbedrijf biedt een leerwerkplek van {N} uur per week.",
			"De dagbesteding kost {BEDRAG} per dagdeel.",
			"Afgesproken is dat we over {N} weken opnieuw evalueren.",
			"Tijdens de kerstvakantie was de hulpverlening beperkt bereikbaar.",
			"In de zomer van {JAAR} verhuisde het gezin naar een andere wijk.",
			"Na de verhuizing was er meer rust in huis.",
			"De huurachterstand bedroeg op dat moment {BEDRAG}.",
			"Het gezin kreeg een voorschot van {BEDRAG} van de gemeente.",
			"De Belastingdienst heeft de kinderopvangtoeslag herzien.",
			"Zowel moeder als vader waren aanwezig bij het gesprek.",
			"Het jongste kind is {N} maanden oud en huilt veel.",
			"Het consultatiebureau maakt zich zorgen over de groei.",
			"De kraamzorg was maar kort aanwezig.",
			"De verloskundige heeft het wijkteam ingeschakeld.",
			"Een collega van Veilig Thuis adviseerde om het gesprek aan te gaan.",
			"We hebben het signaal besproken met de aandachtsfunctionaris.",
			"Dit verhaal deel ik om te leren van wat er misging.",
			"Reflectie: ik ben te snel in de oplossingen gestapt.",
			"Feedback van het team: benoem je zorgen eerder en concreter.",
			"In {JAAR} volgde ik de training motiverende gespreksvoering.",
			"De intervisiegroep komt elke {N} weken bij elkaar.",
			"Op {DAG} {DATUM} is er een themamiddag over armoede.",
			"De workshop begint om {TIJD} in zaal {N}.",
			"Graag aanmelden voor {DATUM} via het intranet.",
			"Versie {N}.{N} van het protocol is vastgesteld in {JAAR}.",
			"Het beleid is herzien na de evaluatie van {JAAR}.",
			"Kosten: {BEDRAG} excl. btw per deelnemer.",
			"De werkgroep adviseert om de toegang te vereenvoudigen.",
			"Een aantal gezinnen viel tussen wal en schip.",
			"Er is behoefte aan meer samenwerking tussen zorg en veiligheid.",
			"De jongerenwerker kent de groep jongeren op het plein.",
			"Overlast in de wijk nam toe in de zomermaanden.",
			"De buurtbemiddeling heeft een gesprek georganiseerd tussen buren.",
			"De cliënt kon zijn verhaal doen en voelde zich gehoord.",
			"Het team sprak waardering uit voor de inzet van de vrijwilligers.",
			"Een eigen kracht-conferentie bracht het netwerk in beeld.",
			"Het familiegroepsplan is door de familie zelf opgesteld.",
			"Ik had verwacht dat de school meer zou doen.",
			"Achteraf gezien had ik eerder moeten opschalen.",
			"Mijn advies aan collega's: blijf nieuwsgierig naar het verhaal achter het gedrag.",
			"De ervaringsdeskundige gaf een waardevol perspectief.",
			"Vanuit het zorgkantoor kwam een indicatie voor de Wlz.",
			"De cliënt verhuist naar een woonvorm voor begeleid wonen.",
			"Er is een wachtlijst van {N} maanden voor beschermd wonen.",
			"De crisisdienst van de GGZ is twee keer ingeschakeld.",
			"De huisarts schreef medicatie voor tegen de angstklachten.",
			"Na {N} gesprekken kwam er meer openheid.",
			"Het vertrouwen groeide langzaam maar zeker.",
			"Kleine successen vierden we samen.",
			"Ouders volgden de cursus Opvoeden en Zo.",
			"De jongere werd aangemeld bij het Jongerenloket.",
			"Via het Leger des Heils kreeg de cliënt tijdelijk onderdak.",
			"De nachtopvang sluit om {TIJD}.",
			"Het maatschappelijk werk en de schuldhulp werkten goed samen.",
			"De casus is anoniem ingebracht in de leerkring.",
			"Week {N} stond in het teken van de overdracht.",
			"Stap {N}: bespreek het signaal met een deskundige collega.",
			"Fase {N} van het traject richt zich op zelfstandigheid.",
			"Niveau {N} van de ladder is bereikt.",
			"Score: {N} van de tien.",
			"Het rapportcijfer voor de samenwerking was een {N}.",
			"De cliënt belde op {DAG} om {TIJD} in paniek.",
			"De afspraak verschoof naar {DAG} {DATUM}.",
			"Het verslag is op {DATUM} gedeeld met de cliënt.",
			"Zorgkosten van {BEDRAG} zijn opgenomen in het budgetplan.",
			"Bij de start was het vaste inkomen {BEDRAG} per maand.",
			"Na aftrek van de vaste lasten bleef {BEDRAG} over.",
			"De overheid verhoogde in {JAAR} het minimumloon.",
			"Het gesprek vond plaats in het gemeentehuis.",
			"De cliënt kwam te laat en was zichtbaar gespannen.",
			"We begonnen met een kop koffie en een praatje over het weer.",
			"Ik vroeg door op wat er de afgelopen week was gebeurd.",
			"De cliënt vertelde over de scheiding en de strijd over de kinderen.",
			"Beide ouders willen het beste voor de kinderen, maar praten niet meer met elkaar.",
			"De mediator heeft een ouderschapsplan opgesteld.",
			"Omgang met vader vindt om het weekend plaats.",
			"De kinderen gaan op {DAG} naar vader.",
			"De rechtbank heeft het gezag bij beide ouders gelaten.",
			"De jeugdbeschermingstafel adviseerde een raadsonderzoek.",
			"Er wordt gekeken naar een pleeggezin in de buurt.",
			"Het kind verblijft tijdelijk bij een netwerkpleeggezin.",
			"De pleegzorgbegeleider komt elke twee weken.",
			"Het contact met de biologische ouders verloopt wisselend.",
			"De jongere is na het verblijf in de jeugdzorg terug naar huis.",
			"Er is een nazorgtraject van {N} maanden afgesproken.",
			"Het doel is dat de jongere in {JAAR} zelfstandig woont.",
			"Het leefgeld is verhoogd naar {BEDRAG} per week.",
			"Er was een betalingsachterstand bij de zorgverzekeraar van {BEDRAG}.",
			"De gemeente nam de premie over via de collectieve zorgverzekering.",
			"De formulieren voor de kwijtschelding zijn ingevuld.",
			"De aanvraag voor de individuele inkomenstoeslag is toegekend.",
			"De cliënt kreeg een stadspas voor activiteiten en sport.",
			"Het Jeugdfonds Sport betaalt de contributie van de voetbalclub.",
			"Goed nieuws: de jongere heeft een bijbaan gevonden.",
			"Minder goed nieuws: de huurachterstand is verder opgelopen.");

	/** Sentences with personal data, as an author might forget to remove it. */
	static final List<String> WITH_PERSONAL_DATA = List.of(
			"Het BSN van de cliënt is {BSN}, dat stond nog in de aanmelding.",
			"Moeder is bereikbaar op {TEL} na {TIJD}.",
			"De huur wordt overgemaakt naar {IBAN}.",
			"Mevrouw {ACHTERNAAM} woont op {ADRES}.",
			"{VOORNAAM} vertelde dat ze zich eenzaam voelde.",
			"Dhr. {ACHTERNAAM} was niet aanwezig bij het gesprek.",
			"De zoon, geboren op {GEBDATUM}, zit in groep {N}.",
			"Mail de stukken naar {EMAIL} voor vrijdag.",
			"De postcode {POSTCODE} valt buiten ons werkgebied.",
			"{VOORNAAM} {ACHTERNAAM} kwam samen met haar moeder.");

	private static final String[] DAYS = { "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag" };

	private static final String[] MONTHS = { "januari", "februari", "maart", "april", "mei", "juni", "juli",
			"augustus", "september", "oktober", "november", "december" };

	private static final String[] FIRST_NAMES = { "Fatima", "Sandra", "Daan", "Mohammed", "Zeynep", "Kees", "Anna" };

	private static final String[] SURNAMES = { "Jansen", "de Vries", "El Amrani", "Yılmaz", "van den Berg", "Bakker" };

	private static final String[] BSNS = { "123456782", "111222333", "123.456.782" };

	private static final String[] IBANS = { "NL91 ABNA 0417 1643 00", "NL20INGB0001234567" };

	private static final String[] PHONES = { "06-12345678", "06 1234 5678", "010-1234567", "+31 6 12345678" };

	private static final String[] ADDRESSES = { "Kerkstraat 12a, 1234 AB Lindewaarde", "Dorpsweg 12-II",
			"Laan van Meerdervoort 1203" };

	private DutchCaseCorpus() {
	}

	/** About {@code chars} chars of prose; one in {@code personalDataEvery} sentences holds personal data. */
	static String build(int chars, int personalDataEvery, long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder(chars + 200);
		int sentence = 0;
		while (text.length() < chars) {
			boolean personal = ++sentence % personalDataEvery == 0;
			List<String> pool = personal ? WITH_PERSONAL_DATA : CLEAN;
			text.append(fill(pool.get(random.nextInt(pool.size())), random));
			text.append(random.nextInt(6) == 0 ? "\n\n" : " ");
		}
		return text.toString();
	}

	/** A sentence with its slots filled. */
	static String fill(String template, Random random) {
		String result = template;
		int open;
		while ((open = result.indexOf('{')) >= 0) {
			int close = result.indexOf('}', open);
			String value = value(result.substring(open + 1, close), random);
			result = result.substring(0, open) + value + result.substring(close + 1);
		}
		return result;
	}

	private static String value(String slot, Random random) {
		return switch (slot) {
			case "N" -> Integer.toString(2 + random.nextInt(11));
			case "JAAR" -> Integer.toString(2015 + random.nextInt(11));
			case "DAG" -> pick(DAYS, random);
			case "DATUM" -> random.nextBoolean() ? (1 + random.nextInt(28)) + " " + pick(MONTHS, random) + " 2025"
					: String.format("%02d-%02d-2025", 1 + random.nextInt(28), 1 + random.nextInt(12));
			case "TIJD" -> String.format("%02d:%02d", 8 + random.nextInt(10), 15 * random.nextInt(4));
			case "BEDRAG" -> String.format("€ %d.%03d,%02d", 1 + random.nextInt(9), random.nextInt(1000),
					random.nextInt(100));
			case "ART" -> "artikel " + (1 + random.nextInt(5)) + "." + (1 + random.nextInt(4)) + "."
					+ (1 + random.nextInt(9)) + " Wmo 2015";
			case "VOORNAAM" -> pick(FIRST_NAMES, random);
			case "ACHTERNAAM" -> pick(SURNAMES, random);
			case "BSN" -> pick(BSNS, random);
			case "IBAN" -> pick(IBANS, random);
			case "TEL" -> pick(PHONES, random);
			case "ADRES" -> pick(ADDRESSES, random);
			case "POSTCODE" -> "1234 AB";
			case "GEBDATUM" -> (1 + random.nextInt(28)) + "-" + (1 + random.nextInt(12)) + "-20"
					+ (10 + random.nextInt(9));
			case "EMAIL" -> "j.jansen@example.nl";
			default -> throw new IllegalArgumentException("Unknown slot " + slot);
		};
	}

	private static String pick(String[] values, Random random) {
		return values[random.nextInt(values.length)];
	}

}
