import type { AngebotKind, Condition, Lebenslage, Topic } from '@familienrathaus/content-schemas'

import { lebenslageOptions, topicOfKind, topicOptions } from '@familienrathaus/content-schemas'

import type { AngebotEntry, Content } from './content.ts'

import { phoneText, telHref } from './format.ts'

/** One offer as the situation matcher's island receives it: serialisable, and only what the island shows. */
export type MatcherOffer = {
  slug: string
  title: string
  kind: AngebotKind
  topic: Topic
  summary: string
  rules: Condition[]
  href: string
  /** The first step of the application, or "Online beantragen" when there is only an online form. */
  nextStep?: string
  applyUrl?: string
  documents: string[]
  contact?: { title: string; href: string; phone?: string; tel?: string }
  video?: { title: string; href: string }
}

export type MatcherTopic = { value: Topic; label: string }
export const matcherTopics: MatcherTopic[] = topicOptions.map(({ value, label }) => ({ value, label }))

/** The rules without the CMS's bookkeeping (block IDs and names) and without empty values: smaller props. */
export function compactRules(rules: Condition[]): Condition[] {
  return JSON.parse(
    JSON.stringify(rules, (key, value: unknown) => (key === 'id' || key === 'blockName' || value === null ? undefined : value)),
  ) as Condition[]
}

type CatalogueSource = Pick<Content, 'angebote' | 'kontakteOf' | 'erklaervideosOf'>

/** The island's props from the site's content: every current Angebot with its rules, next step, contact and video. */
export function buildMatcherCatalogue({ angebote, kontakteOf, erklaervideosOf }: CatalogueSource): MatcherOffer[] {
  return angebote.map(({ id, data }) => {
    const [kontakt] = kontakteOf(data.kontakte)
    const [video] = erklaervideosOf(data.erklaervideos)
    const nextStep = data.steps[0] ?? (data.applyUrl ? 'Online beantragen' : undefined)
    return {
      slug: id,
      title: data.title,
      kind: data.kind,
      topic: topicOfKind[data.kind],
      summary: data.summary,
      rules: compactRules(data.eligibility.rules),
      href: `/angebote/${id}/`,
      ...(nextStep ? { nextStep } : {}),
      ...(data.applyUrl ? { applyUrl: data.applyUrl } : {}),
      documents: data.documents,
      ...(kontakt
        ? {
            contact: {
              title: kontakt.data.title,
              href: `/kontakte/${kontakt.id}/`,
              ...(kontakt.data.phone ? { phone: phoneText(kontakt.data.phone), tel: telHref(kontakt.data.phone) } : {}),
            },
          }
        : {}),
      ...(video ? { video: { title: video.data.title, href: `/erklaervideos/${video.id}/` } } : {}),
    }
  })
}

/** Short introductions of the life situations: the route through the offers that needs no JavaScript. */
export const lebenslageIntros: Record<Lebenslage, string> = {
  'schwangerschaft-geburt':
    'Ein Baby kündigt sich an oder ist gerade da? Hier stehen Geld, Beratung und Hilfen für die Schwangerschaft und die ersten Monate mit dem Kind.',
  kleinkind:
    'Für Familien mit Kindern bis zum Schulbeginn: Betreuung in Kita und Kindertagespflege, Geld für die Familie und Angebote für die ersten Jahre.',
  schulkind:
    'Wenn Ihr Kind zur Schule geht: Betreuung am Nachmittag und in den Ferien, Hilfe beim Lernen und Zuschüsse für Schulsachen und Ausflüge.',
  'jugendliche-beruf':
    'Für Jugendliche und junge Erwachsene auf dem Weg in Ausbildung, Studium und Beruf – und für Eltern, die sie dabei begleiten.',
  alleinerziehend:
    'Sie erziehen Ihr Kind allein? Hier finden Sie Geld, Beratung und Entlastung, die für Alleinerziehende gedacht sind.',
  'wenig-geld':
    'Wenn das Geld knapp ist: Leistungen, die das Einkommen der Familie aufstocken, und Angebote, die wenig oder nichts kosten.',
  'behinderung-pflege':
    'Wenn ein Kind oder eine erwachsene Person in Ihrer Familie eine Behinderung hat oder gepflegt wird: Geld, Förderung, Entlastung und Beratung.',
  'neu-in-hamm':
    'Neu in Hamm? Hier finden Sie die ersten Wege in der Stadt: Begrüßung, Beratung, Sprachkurse und Anlaufstellen für Familien.',
}

export type LebenslageGroup = {
  slug: Lebenslage
  label: string
  intro: string
  href: string
  angebote: AngebotEntry[]
}

/** Every life situation with the current Angebote that name it, in the order of the options. */
export function lebenslagenOf(angebote: AngebotEntry[]): LebenslageGroup[] {
  return lebenslageOptions.map(({ value, label }) => ({
    slug: value,
    label,
    intro: lebenslageIntros[value],
    href: `/lebenslagen/${value}/`,
    angebote: angebote.filter((angebot) => angebot.data.lebenslagen.includes(value)),
  }))
}

/** Everything the finder page needs, read through the site's content collections. */
export async function loadMatcherCatalogue(): Promise<{ offers: MatcherOffer[]; lebenslagen: LebenslageGroup[] }> {
  // Imported here so that the pure functions above can be unit-tested without Astro's content layer.
  const { loadContent } = await import('./content.ts')
  const content = await loadContent()
  return { offers: buildMatcherCatalogue(content), lebenslagen: lebenslagenOf(content.angebote) }
}
