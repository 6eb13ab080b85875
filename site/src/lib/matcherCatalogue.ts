import type { Amount, AngebotKind, Benefit, BirthReminder, Condition, Lebenslage, Topic } from '@familienrathaus/content-schemas'

import { editorWordedRuleKeys, lebenslageOptions, topicOfKind, topicOptions } from '@familienrathaus/content-schemas'

import type { AngebotEntry, Content } from './content.ts'

import { defaultLocale, type Locale } from '../i18n/locales.ts'
import { localePath } from '../i18n/paths.ts'
import { de, type Dictionary } from '../i18n/ui/de.ts'

import { phoneText, telHref } from './format.ts'

/**
 * One offer as the situation matcher's island receives it: serialisable, and only what the island
 * shows, in the page's language. `lang` is set when the offer's texts are in another language (an
 * offer not translated yet is shown in German, marked as such).
 */
export type MatcherOffer = {
  slug: string
  title: string
  lang?: Locale
  kind: AngebotKind
  topic: Topic
  summary: string
  rules: Condition[]
  /** The benefit this offer is (chains from „Bezieht schon …“). */
  benefit?: Benefit
  href: string
  /** The first step of the application (without one, the island offers the online form when there is one). */
  nextStep?: string
  applyUrl?: string
  documents: string[]
  /** The deadline a family must know (CMS data), shown with the offer. */
  deadline?: string
  /** Deadlines counted from a birth (CMS data): the finder's „In meinen Kalender“ dates them for the household. */
  reminders?: BirthReminder[]
  /** Marked by editors as one of the first things to do when it fits. */
  important?: true
  /** What it pays (the engine estimates it for the household). */
  amount?: Amount
  /** In a translated title, the German name the office uses in brackets at its end („Child benefit (Kindergeld)“). */
  germanName?: string
  /** In a partial translation: the parts still in German (the title's language is `lang`). */
  germanParts?: OfferPart[]
  contact?: { title: string; href: string; lang?: Locale; phone?: string; tel?: string }
  video?: { title: string; href: string; lang?: Locale }
}

export type OfferPart = 'summary' | 'nextStep' | 'documents' | 'deadline'

export type MatcherTopic = { value: Topic; label: string }
/** The finder's topics, named in the dictionary's language. */
export const matcherTopics = (t: Dictionary = de): MatcherTopic[] => topicOptions.map(({ value }) => ({ value, label: t.labels.topic[value] }))

/**
 * The rules without the CMS's bookkeeping (block IDs and names) and without empty values: smaller
 * props. `withReasons: false` also drops the editors' own reasons and provisos' texts, for a page in
 * a language they are not written in: the finder then words its own.
 */
export function compactRules(rules: Condition[], { withReasons = true } = {}): Condition[] {
  return JSON.parse(
    JSON.stringify(rules, (key, value: unknown) =>
      key === 'id' || key === 'blockName' || value === null || (!withReasons && editorWordedRuleKeys.includes(key)) ? undefined : value,
    ),
  ) as Condition[]
}

type CatalogueSource = Pick<Content, 'angebote' | 'kontakteOf' | 'erklaervideosOf'>

/** The island's props from the site's content in one language: every current Angebot with its rules, next step, contact and video. */
export function buildMatcherCatalogue(
  { angebote, kontakteOf, erklaervideosOf }: CatalogueSource,
  locale: Locale = defaultLocale,
): MatcherOffer[] {
  const inOther = (lang: Locale) => (lang === locale ? {} : { lang })
  return angebote.map(({ id, data, lang, germanTexts, germanName }) => {
    const [kontakt] = kontakteOf(data.kontakte)
    const [video] = erklaervideosOf(data.erklaervideos)
    const nextStep = data.steps[0]
    const germanParts = (
      [
        ['summary', 'summary'],
        ['nextStep', 'steps'],
        ['documents', 'documents'],
        ['deadline', 'deadline'],
      ] as const
    ).flatMap(([part, text]) => (germanTexts.has(text) ? [part] : []))
    return {
      slug: id,
      title: data.title,
      ...inOther(germanTexts.has('title') ? defaultLocale : lang),
      ...(germanParts.length > 0 ? { germanParts } : {}),
      ...(germanName ? { germanName } : {}),
      ...(data.amount ? { amount: data.amount } : {}),
      kind: data.kind,
      topic: topicOfKind[data.kind],
      summary: data.summary,
      // The editors' own reasons only in their language: otherwise the finder words its own.
      rules: compactRules(data.eligibility.rules, { withReasons: lang === locale && !germanTexts.has('eligibility.rules') }),
      ...(data.deadline ? { deadline: data.deadline } : {}),
      ...(data.reminders.length > 0 ? { reminders: data.reminders } : {}),
      ...(data.importance === 'high' ? { important: true as const } : {}),
      ...(data.eligibility.benefit ? { benefit: data.eligibility.benefit } : {}),
      href: localePath(locale, `/angebote/${id}/`),
      ...(nextStep ? { nextStep } : {}),
      ...(data.applyUrl ? { applyUrl: data.applyUrl } : {}),
      documents: data.documents,
      ...(kontakt
        ? {
            contact: {
              title: kontakt.data.title,
              href: localePath(locale, `/kontakte/${kontakt.id}/`),
              ...inOther(kontakt.lang),
              ...(kontakt.data.phone ? { phone: phoneText(kontakt.data.phone), tel: telHref(kontakt.data.phone) } : {}),
            },
          }
        : {}),
      ...(video ? { video: { title: video.data.title, href: localePath(locale, `/erklaervideos/${video.id}/`), ...inOther(video.lang) } } : {}),
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

/** The finder's offers in one language, read through the site's content collections. */
export async function loadMatcherCatalogue(locale: Locale = defaultLocale): Promise<MatcherOffer[]> {
  // Imported here so that the pure functions above can be unit-tested without Astro's content layer.
  const { loadContent } = await import('./content.ts')
  return buildMatcherCatalogue(await loadContent(locale), locale)
}
