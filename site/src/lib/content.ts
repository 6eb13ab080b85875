import type { CollectionEntry } from 'astro:content'

import { getCollection } from 'astro:content'

import type { Id } from '@familienrathaus/content-schemas'

/** The site's one way into content: every collection, plus lookups from CMS IDs to entries. */
export async function loadContent() {
  const [angebote, handlungsfelder, meilensteine, erklaervideos, kontakte] = await Promise.all([
    getCollection('angebote'),
    getCollection('handlungsfelder'),
    getCollection('meilensteine'),
    getCollection('erklaervideos'),
    getCollection('kontakte'),
  ])
  const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
    a.data.title.localeCompare(b.data.title, 'de')
  angebote.sort(byTitle)
  kontakte.sort(byTitle)
  erklaervideos.sort(byTitle)
  handlungsfelder.sort((a, b) => a.data.order - b.data.order || byTitle(a, b))
  meilensteine.sort((a, b) => b.data.date.localeCompare(a.data.date))

  const index = <T extends { data: { id: Id } }>(entries: T[]) => {
    const map = new Map(entries.map((entry) => [String(entry.data.id), entry]))
    // Relations to documents that are not published simply vanish: the site never links to a missing page.
    return (ids: Id[]) => ids.flatMap((id) => map.get(String(id)) ?? [])
  }

  return {
    angebote,
    handlungsfelder,
    meilensteine,
    erklaervideos,
    kontakte,
    handlungsfelderOf: index(handlungsfelder),
    kontakteOf: index(kontakte),
    erklaervideosOf: index(erklaervideos),
  }
}

export type Content = Awaited<ReturnType<typeof loadContent>>
export type AngebotEntry = CollectionEntry<'angebote'>
