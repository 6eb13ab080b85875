/**
 * The offer slugs that outside tools rely on (the project's contract, kept in the repository; a test
 * compares it with the shared contracts when they lie beside the repository). The seeded catalogue
 * must hold a published Angebot for each; it holds more.
 */
export const contractOfferSlugs = [
  'kindergeld', // Kindergeld
  'kinderfreibetrag', // Kinderfreibetrag (Freibetrag für Kinder, Steuer)
  'kinderzuschlag', // Kinderzuschlag (KiZ)
  'elterngeld', // Elterngeld (Basiselterngeld, ElterngeldPlus, Partnerschaftsbonus)
  'elternzeit', // Elternzeit
  'mutterschutz', // Mutterschutz
  'mutterschaftsgeld', // Mutterschaftsgeld
  'unterhaltsvorschuss', // Unterhaltsvorschuss
  'entlastungsbetrag-alleinerziehende', // Entlastungsbetrag für Alleinerziehende
  'wohngeld', // Wohngeld
  'buergergeld', // Bürgergeld
  'mehrbedarf-alleinerziehende', // Mehrbedarf für Alleinerziehende (Bürgergeld)
  'mehrbedarf-schwangerschaft', // Mehrbedarf bei Schwangerschaft (Bürgergeld)
  'erstausstattung-schwangerschaft-geburt', // Erstausstattung bei Schwangerschaft und Geburt
  'asylbewerberleistungen', // Leistungen nach dem Asylbewerberleistungsgesetz
  'bildung-und-teilhabe', // Bildung und Teilhabe (in Hamm: YouCardHamm)
  'kita-platz', // Kita-Platz
  'kindertagespflege', // Kindertagespflege
  'kita-beitragsfreiheit', // Beitragsfreiheit / Beitragsbefreiung in Kita und Tagespflege
  'ganztag-grundschule', // Offene Ganztagsschule / Ganztag in der Grundschule
  'ferienbetreuung', // Ferienbetreuung für Grundschulkinder
  'ferienspass-jugendfreizeiten', // Ferienspaß und Kinder- und Jugendfreizeiten
  'kinderkrankengeld', // Kinderkrankengeld
  'hebammenhilfe', // Hebammenhilfe
  'fruehe-hilfen', // Frühe Hilfen
  'willkommensbesuch', // Willkommensbesuch für Neugeborene und Zugezogene
  'familienrathaus-hamm', // Familienrathaus Hamm (Service rund um die Geburt)
  'beistandschaft', // Beistandschaft des Jugendamts
  'unterhaltsberatung', // Beratung und Unterstützung bei Unterhalt
  'schwangerschaftsberatung', // Schwangerschaftsberatung
  'bundesstiftung-mutter-und-kind', // Bundesstiftung Mutter und Kind
  'pflegegeld', // Pflegegeld
  'entlastungsbetrag-pflege', // Entlastungsbetrag in der Pflege
  'fruehfoerderung', // Frühförderung
  'eingliederungshilfe', // Eingliederungshilfe
  'schwerbehindertenausweis', // Schwerbehindertenausweis und Nachteilsausgleiche
  'bafoeg', // BAföG
  'studienstarthilfe', // Studienstarthilfe
  'berufsausbildungsbeihilfe', // Berufsausbildungsbeihilfe (BAB)
  'jugendberufsagentur', // Jugendberufsagentur Hamm (JuBA)
  'erziehungsberatung', // Erziehungs- und Familienberatung
  'familienbildung', // Familienbildung / Elternschule
  'kinderbetreuungskosten-steuer', // Kinderbetreuungskosten in der Steuererklärung
  'maxiticket-hamm', // MaxiTicket Hamm (Bus für Schüler und Azubis)
  'sozialticket', // Deutschlandticket Sozial
  'pflegekinder-leistungen', // Leistungen für Pflegefamilien
  'migrationsberatung', // Migrationsberatung
  'integrationskurs', // Integrationskurs
] as const
export type ContractOfferSlug = (typeof contractOfferSlugs)[number]
