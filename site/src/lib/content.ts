import type { CollectionEntry } from 'astro:content'

import { getCollection } from 'astro:content'

import type { globalSchemas } from '@familienrathaus/content-schemas'
import { germanToday, isCurrentOn, type GlobalSlugName, type Id, type Media } from '@familienrathaus/content-schemas'

import { defaultLocale, localeInfo, type Locale } from '../i18n/locales.ts'
import { entryLanguage } from './entryIds.ts'
import type { z } from 'zod'

/** An offer is on the site from its "valid from" day through its "valid until" day (German time), as in the finder. */
export function isCurrent(offer: { validFrom?: string; validUntil?: string }, now: Date = new Date()): boolean {
  return isCurrentOn(offer, germanToday(now))
}

const built = new Map<Locale, ReturnType<typeof readContent>>()

/**
 * The site's one way into content: every collection, plus lookups from CMS IDs to entries, in one
 * language. Each entry carries the language its data is in (`lang`): the page's language where the
 * editors translated the document completely, German otherwise.
 * Read once per build and language (every page asks for it); in `astro dev` content may change, so it is read each time.
 */
export function loadContent(locale: Locale = defaultLocale): ReturnType<typeof readContent> {
  if (!import.meta.env.PROD) return readContent(locale)
  if (!built.has(locale)) built.set(locale, readContent(locale))
  return built.get(locale)!
}

type WithLang<Entry> = Entry & { lang: Locale }

async function readContent(locale: Locale) {
  const [allAngebote, allFelder, allMeilensteine, allVideos, allKontakte, media] = await Promise.all([
    getCollection('angebote'),
    getCollection('handlungsfelder'),
    getCollection('meilensteine'),
    getCollection('erklaervideos'),
    getCollection('kontakte'),
    getCollection('media'),
  ])
  // Each collection holds the German entries (keyed by slug) and their complete translations (keyed `locale/slug`).
  const inLocale = <Entry extends { id: string; data: unknown }>(entries: Entry[]): WithLang<Entry>[] => {
    const translations = new Map<string, Entry['data']>()
    const german: Entry[] = []
    for (const entry of entries) {
      const { locale: entryLocale, slug } = entryLanguage(entry.id, defaultLocale)
      if (entryLocale === defaultLocale) german.push(entry)
      else if (entryLocale === locale) translations.set(slug, entry.data)
    }
    return german.map((entry) => {
      const data = translations.get(entry.id)
      return data ? { ...entry, data, lang: locale } : { ...entry, lang: defaultLocale }
    })
  }
  const germanAngebote = new Map(allAngebote.map((entry) => [entry.id, entry.data]))
  const angebote = inLocale(allAngebote)
    .filter((angebot) => isCurrent(angebot.data))
    .map((angebot) => {
      const german = angebot.lang === locale ? germanAngebote.get(angebot.id) : undefined
      return { ...angebot, germanTexts: germanTextsOf(angebot.data, german), germanName: germanNameIn(angebot.data.title, german) }
    })
  const handlungsfelder = inLocale(allFelder)
  const meilensteine = inLocale(allMeilensteine)
  const erklaervideos = inLocale(allVideos)
  const kontakte = inLocale(allKontakte)
  const { intl } = localeInfo[locale]
  const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title, intl)
  angebote.sort(byTitle)
  kontakte.sort(byTitle)
  erklaervideos.sort(byTitle)
  handlungsfelder.sort((a, b) => a.data.order - b.data.order || byTitle(a, b))
  meilensteine.sort((a, b) => b.data.date.localeCompare(a.data.date))

  const index = <T extends { data: { id: Id } }>(entries: T[]) => {
    const map = new Map(entries.map((entry) => [String(entry.data.id), entry]))
    // Relations to documents that are not published (or no longer valid) vanish: the site never links to a missing page.
    return (ids: Id[]) => ids.flatMap((id) => map.get(String(id)) ?? [])
  }
  const mediaById = new Map(media.map((entry) => [entry.id, entry.data as Media]))

  return {
    angebote,
    handlungsfelder,
    meilensteine,
    erklaervideos,
    kontakte,
    angeboteOf: index(angebote),
    handlungsfelderOf: index(handlungsfelder),
    kontakteOf: index(kontakte),
    erklaervideosOf: index(erklaervideos),
    mediaOf: (id: Id | undefined): Media | undefined => (id === undefined ? undefined : mediaById.get(String(id))),
  }
}

export type Content = Awaited<ReturnType<typeof readContent>>
export type AngebotEntry = WithLang<CollectionEntry<'angebote'>> & { germanTexts: ReadonlySet<AngebotText>; germanName?: string | undefined }

/**
 * The German name in brackets at the end of a translated title („Child benefit (Kindergeld)“), when
 * its words are the German document's (its title or search words); undefined otherwise.
 */
export function germanNameIn(title: string, german: { title: string; synonyms?: string | undefined } | undefined): string | undefined {
  if (!german || german.title === title) return undefined
  const inner = /\(([^()]+)\)\s*$/.exec(title)?.[1]?.trim()
  if (!inner) return undefined
  const germanWords = new Set(`${german.title} ${german.synonyms ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  const words = inner.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return words.length > 0 && words.every((word) => germanWords.has(word)) ? inner : undefined
}

/** The texts of an Angebot that a translation may leave German, by the page part that shows them. */
export const angebotTexts = [
  'title',
  'summary',
  'summaryLeichteSprache',
  'body',
  'eligibility.summary',
  'eligibility.rules',
  'provider',
  'costs',
  'deadline',
  'steps',
  'documents',
  'legalBasis',
  'synonyms',
] as const
export type AngebotText = (typeof angebotTexts)[number]

const textAt = (data: object, path: AngebotText) =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data)

/**
 * Which texts of a translated Angebot are still German: the loader completes a partial translation
 * with the German texts, so they are the ones equal to the German document's. None for a German page.
 */
function germanTextsOf(data: object, german: object | undefined): ReadonlySet<AngebotText> {
  if (!german || german === data) return new Set()
  return new Set(
    angebotTexts.filter((path) => {
      const text = textAt(german, path)
      return text !== undefined && text !== '' && JSON.stringify(textAt(data, path)) === JSON.stringify(text)
    }),
  )
}

let globalEntries: Promise<Map<string, unknown>> | undefined
/** Every global entry (German and translations) by ID; asked for on every page, so read once per build. */
function globals(): Promise<Map<string, unknown>> {
  const read = async () => new Map((await getCollection('globals')).map((entry) => [entry.id, entry.data as unknown]))
  if (!import.meta.env.PROD) return read()
  globalEntries ??= read()
  return globalEntries
}

/** One global (settings, navigation, required page) in German, typed by its schema. */
export async function getGlobal<Slug extends GlobalSlugName>(slug: Slug): Promise<z.output<(typeof globalSchemas)[Slug]>> {
  const data = (await globals()).get(slug)
  if (!data) throw new Error(`Global ${slug} is missing from the CMS export`)
  return data as z.output<(typeof globalSchemas)[Slug]>
}

/** One global in a language: the complete translation when there is one, German otherwise, with the language it is in. */
export async function getGlobalIn<Slug extends GlobalSlugName>(
  slug: Slug,
  locale: Locale,
): Promise<{ data: z.output<(typeof globalSchemas)[Slug]>; lang: Locale }> {
  const translated = locale === defaultLocale ? undefined : (await globals()).get(`${slug}/${locale}`)
  if (translated) return { data: translated as z.output<(typeof globalSchemas)[Slug]>, lang: locale }
  return { data: await getGlobal(slug), lang: defaultLocale }
}

/** The public address of an uploaded file in the built site. */
export const mediaUrl = (filename: string) => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}medien/${encodeURIComponent(filename)}`
