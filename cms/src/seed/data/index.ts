import type {
  SeedAngebot,
  SeedErklaervideo,
  SeedHandlungsfeld,
  SeedKontakt,
  SeedMeilenstein,
} from '../types.ts'
import balanceVonFamilieUndArbeitsweltHandlungsfeld from './handlungsfelder/balance-von-familie-und-arbeitswelt.ts'
import hochwertigeBildungUndBetreuungHandlungsfeld from './handlungsfelder/hochwertige-bildung-und-betreuung.ts'
import gesundheitlicheFoerderungUndHilfenHandlungsfeld from './handlungsfelder/gesundheitliche-foerderung-und-hilfen.ts'
import staerkungUndUnterstuetzungDerErziehungInDerFamilieHandlungsfeld from './handlungsfelder/staerkung-und-unterstuetzung-der-erziehung-in-der-familie.ts'
import wohnenWohnumfeldUndMobilitaetHandlungsfeld from './handlungsfelder/wohnen-wohnumfeld-und-mobilitaet.ts'
import familienfreundlichesSportFreizeitUndKulturangebotHandlungsfeld from './handlungsfelder/familienfreundliches-sport-freizeit-und-kulturangebot.ts'
import integrationUndGuteNachbarschaftHandlungsfeld from './handlungsfelder/integration-und-gute-nachbarschaft.ts'
import buendnisFuerFamilieHammMeilenstein from './meilensteine/buendnis-fuer-familie-hamm.ts'
import projektbueroFamilienfreundlicheStadtMeilenstein from './meilensteine/projektbuero-familienfreundliche-stadt.ts'
import familienbueroMeilenstein from './meilensteine/familienbuero.ts'
import leitprozessFamilienfreundlichsteStadtMeilenstein from './meilensteine/leitprozess-familienfreundlichste-stadt.ts'
import stabsstelleFamilienfreundlichsteStadtMeilenstein from './meilensteine/stabsstelle-familienfreundlichste-stadt.ts'
import familienbefragungMeilenstein from './meilensteine/familienbefragung.ts'
import buendnisDesMonatsMeilenstein from './meilensteine/buendnis-des-monats.ts'
import familienbeiratErsteSitzungMeilenstein from './meilensteine/familienbeirat-erste-sitzung.ts'
import jugendberufsagenturMeilenstein from './meilensteine/jugendberufsagentur.ts'
import ersterFamilienberichtMeilenstein from './meilensteine/erster-familienbericht.ts'
import kusAnSiebenSchulenMeilenstein from './meilensteine/kus-an-sieben-schulen.ts'
import familienrathausStartMeilenstein from './meilensteine/familienrathaus-start.ts'
import digitalesFamilienrathausMeilenstein from './meilensteine/digitales-familienrathaus.ts'
import landespreisFamilienfreundlicheKommune2024Meilenstein from './meilensteine/landespreis-familienfreundliche-kommune-2024.ts'
import familienbueroKontakt from './kontakte/familienbuero.ts'
import familienrathausKontakt from './kontakte/familienrathaus.ts'
import jugendberufsagenturHammKontakt from './kontakte/jugendberufsagentur-hamm.ts'
import stabsstelleFamilienfreundlichsteStadtKontakt from './kontakte/stabsstelle-familienfreundlichste-stadt.ts'
import dasFamilienrathausInZweiMinutenErklaervideo from './erklaervideos/das-familienrathaus-in-zwei-minuten.ts'
import alleinerziehendeAngebot from './angebote/alleinerziehende.ts'
import bildungUndTeilhabeAngebot from './angebote/bildung-und-teilhabe.ts'
import elterngeldAngebot from './angebote/elterngeld.ts'
import erziehungsberatungAngebot from './angebote/erziehungsberatung.ts'
import familienbeiratAngebot from './angebote/familienbeirat.ts'
import familieninfobriefAngebot from './angebote/familieninfobrief.ts'
import familienrathausHammAngebot from './angebote/familienrathaus-hamm.ts'
import ferienbetreuungAngebot from './angebote/ferienbetreuung.ts'
import jugendberufsagenturAngebot from './angebote/jugendberufsagentur.ts'
import kindergeldAngebot from './angebote/kindergeld.ts'
import kinderzuschlagAngebot from './angebote/kinderzuschlag.ts'
import kitaPlatzAngebot from './angebote/kita-platz.ts'
import kusAngebot from './angebote/kus.ts'
import unterhaltsvorschussAngebot from './angebote/unterhaltsvorschuss.ts'
import willkommensbesuchAngebot from './angebote/willkommensbesuch.ts'

export const handlungsfelder: SeedHandlungsfeld[] = [
  balanceVonFamilieUndArbeitsweltHandlungsfeld,
  hochwertigeBildungUndBetreuungHandlungsfeld,
  gesundheitlicheFoerderungUndHilfenHandlungsfeld,
  staerkungUndUnterstuetzungDerErziehungInDerFamilieHandlungsfeld,
  wohnenWohnumfeldUndMobilitaetHandlungsfeld,
  familienfreundlichesSportFreizeitUndKulturangebotHandlungsfeld,
  integrationUndGuteNachbarschaftHandlungsfeld,
]

export const meilensteine: SeedMeilenstein[] = [
  buendnisFuerFamilieHammMeilenstein,
  projektbueroFamilienfreundlicheStadtMeilenstein,
  familienbueroMeilenstein,
  leitprozessFamilienfreundlichsteStadtMeilenstein,
  stabsstelleFamilienfreundlichsteStadtMeilenstein,
  familienbefragungMeilenstein,
  buendnisDesMonatsMeilenstein,
  familienbeiratErsteSitzungMeilenstein,
  jugendberufsagenturMeilenstein,
  ersterFamilienberichtMeilenstein,
  kusAnSiebenSchulenMeilenstein,
  familienrathausStartMeilenstein,
  digitalesFamilienrathausMeilenstein,
  landespreisFamilienfreundlicheKommune2024Meilenstein,
]

export const kontakte: SeedKontakt[] = [
  familienbueroKontakt,
  familienrathausKontakt,
  jugendberufsagenturHammKontakt,
  stabsstelleFamilienfreundlichsteStadtKontakt,
]

export const erklaervideos: SeedErklaervideo[] = [
  dasFamilienrathausInZweiMinutenErklaervideo,
]

export const angebote: SeedAngebot[] = [
  alleinerziehendeAngebot,
  bildungUndTeilhabeAngebot,
  elterngeldAngebot,
  erziehungsberatungAngebot,
  familienbeiratAngebot,
  familieninfobriefAngebot,
  familienrathausHammAngebot,
  ferienbetreuungAngebot,
  jugendberufsagenturAngebot,
  kindergeldAngebot,
  kinderzuschlagAngebot,
  kitaPlatzAngebot,
  kusAngebot,
  unterhaltsvorschussAngebot,
  willkommensbesuchAngebot,
]
