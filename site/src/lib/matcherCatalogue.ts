import type { AngebotKind, Condition, Lebenslage, Topic } from '@familienrathaus/content-schemas'

import { lebenslageOptions, topicOfKind, topicOptions } from '@familienrathaus/content-schemas'

import type { AngebotEntry, Content } from './content.ts'

import { de, type Dictionary } from '../i18n/ui/de.ts'

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

export type LebenslageGroup = {
  slug: Lebenslage
  label: string
  intro: string
  href: string
  angebote: AngebotEntry[]
}

/** Every life situation with the current Angebote that name it, in the order of the options (names and intros in the dictionary's language). */
export function lebenslagenOf(angebote: AngebotEntry[], t: Dictionary = de): LebenslageGroup[] {
  return lebenslageOptions.map(({ value }) => ({
    slug: value,
    label: t.labels.lebenslage[value],
    intro: t.labels.lebenslageIntro[value],
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
