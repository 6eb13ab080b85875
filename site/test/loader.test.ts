import type { Loader } from 'astro/loaders'
import { describe, expect, it } from 'vitest'

import {
  completedTranslation,
  ContentLoadError,
  fetchPublished,
  isCompleteTranslation,
  parseDocument,
  payloadLoader,
  publishedInEveryLanguage,
} from '../src/loaders/payload.ts'

function fakeCms(total: number, pageSize = 100) {
  const requests: URL[] = []
  const fetchImpl = (async (input: URL | RequestInfo) => {
    const url = new URL(String(input))
    requests.push(url)
    const page = Number(url.searchParams.get('page'))
    const docs = Array.from({ length: total }, (_, i) => ({ id: i + 1, _status: 'published' })).slice((page - 1) * pageSize, page * pageSize)
    return new Response(JSON.stringify({ docs, page, hasNextPage: page * pageSize < total }), { status: 200 })
  }) as typeof fetch
  return { fetchImpl, requests }
}

describe('fetchPublished', () => {
  it('follows every page and asks for published documents in German only', async () => {
    const { fetchImpl, requests } = fakeCms(250)
    const docs = await fetchPublished({ cmsUrl: 'http://cms.test', collection: 'angebote', fetchImpl })
    expect(docs).toHaveLength(250)
    expect(requests).toHaveLength(3)
    const first = requests[0]!
    expect(first.pathname).toBe('/api/angebote')
    expect(first.searchParams.get('where[_status][equals]')).toBe('published')
    expect(first.searchParams.get('locale')).toBe('de')
    expect(first.searchParams.get('depth')).toBe('0')
    expect(first.searchParams.get('limit')).toBe('100')
  })

  it('names the CMS address when it cannot be reached', async () => {
    const fetchImpl = (async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })
    }) as typeof fetch
    await expect(fetchPublished({ cmsUrl: 'http://127.0.0.1:9', collection: 'kontakte', fetchImpl })).rejects.toThrow(
      'Cannot reach the CMS at http://127.0.0.1:9 (ECONNREFUSED)',
    )
  })

  it('asks again when the CMS closed a reused connection at that moment (a rebuild at 10,000 offers failed so, issue 18)', async () => {
    const { fetchImpl: answers, requests } = fakeCms(150)
    let dropped = 0
    const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
      if (dropped++ === 1) throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'UND_ERR_SOCKET' } })
      return answers(input, init)
    }) as typeof fetch
    expect(await fetchPublished({ cmsUrl: 'http://cms.test', collection: 'angebote', fetchImpl })).toHaveLength(150)
    expect(requests).toHaveLength(2)
  })

  it('reports an HTTP error with the path', async () => {
    const fetchImpl = (async () => new Response('nope', { status: 500 })) as typeof fetch
    await expect(fetchPublished({ cmsUrl: 'http://cms.test', collection: 'kontakte', fetchImpl })).rejects.toThrow(
      /HTTP 500 for \/api\/kontakte/,
    )
  })
})

describe('publishedInEveryLanguage (issue 18)', () => {
  const languages = ['de', 'en', 'uk']
  const stored = [
    { id: 1, slug: 'kindergeld', title: { de: 'Kindergeld', en: 'Child benefit' }, steps: { de: [{ text: 'Antrag' }] }, kind: 'geldleistung' },
    { id: 2, slug: 'kita', title: { de: 'Kita-Platz' }, steps: { de: [] }, kind: 'betreuung' },
  ]
  function allLanguagesCms() {
    const requests: Request[] = []
    const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
      requests.push(new Request(String(input), init))
      return new Response(JSON.stringify({ docs: stored, page: 1, hasNextPage: false }), { status: 200 })
    }) as typeof fetch
    return { fetchImpl, requests }
  }
  const withBuildToken = async (run: () => Promise<void>) => {
    process.env.CMS_BUILD_TOKEN = 'token-0123456789'
    try {
      await run()
    } finally {
      delete process.env.CMS_BUILD_TOKEN
    }
  }
  const everyVersion = async (versions: AsyncIterable<{ in: (locale: string) => unknown }[]>) => {
    const documents: { in: (locale: string) => unknown }[] = []
    for await (const batch of versions) documents.push(...batch)
    return (locale: string) => documents.map((document) => document.in(locale))
  }

  it('with the build token reads every language in one pass and gives each language as the CMS would', async () => {
    await withBuildToken(async () => {
      const { fetchImpl, requests } = allLanguagesCms()
      const versionsIn = await everyVersion(
        publishedInEveryLanguage({ cmsUrl: 'http://cms.test', collection: 'angebote', languages, fetchImpl }),
      )
      expect(versionsIn('de')).toEqual([
        { id: 1, slug: 'kindergeld', title: 'Kindergeld', steps: [{ text: 'Antrag' }], kind: 'geldleistung' },
        { id: 2, slug: 'kita', title: 'Kita-Platz', steps: [], kind: 'betreuung' },
      ])
      expect(versionsIn('en')).toEqual([
        { id: 1, slug: 'kindergeld', title: 'Child benefit', kind: 'geldleistung' },
        { id: 2, slug: 'kita', kind: 'betreuung' },
      ])
      expect(requests).toHaveLength(1)
      const url = new URL(requests[0]!.url)
      expect(url.searchParams.get('locale')).toBe('all')
      expect(requests[0]!.headers.get('x-site-build-token')).toBe('token-0123456789')
    })
  })

  it('asks for the next page while the build works on the last one: the CMS and the build take turns no more (issue 18)', async () => {
    await withBuildToken(async () => {
      const { fetchImpl: answers } = fakeCms(250)
      const events: string[] = []
      const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
        events.push(`request page ${new URL(String(input)).searchParams.get('page')}`)
        return answers(input, init)
      }) as typeof fetch
      let batches = 0
      for await (const batch of publishedInEveryLanguage({ cmsUrl: 'http://cms.test', collection: 'angebote', languages, fetchImpl })) {
        batches++
        events.push(`working on ${batch.length}`)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      expect(batches).toBe(3)
      expect(events).toEqual(['request page 1', 'request page 2', 'working on 100', 'request page 3', 'working on 100', 'working on 50'])
    })
  })

  it('without it (a build against another CMS) reads language by language', async () => {
    const { fetchImpl, requests } = fakeCms(3)
    const versionsIn = await everyVersion(publishedInEveryLanguage({ cmsUrl: 'http://cms.test', collection: 'angebote', languages, fetchImpl }))
    for (const locale of languages) expect(versionsIn(locale).map((doc) => (doc as { id: number }).id)).toEqual([1, 2, 3])
    expect(requests.map((request) => request.searchParams.get('locale'))).toEqual(languages)
  })
})

describe('parseDocument', () => {
  it('throws one line naming the document and the broken fields', () => {
    const broken = {
      id: 3,
      title: 'Familienbüro',
      slug: 'familienbuero',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      kind: 'dienststelle',
      street: 'Theodor-Heuss-Platz 12',
      postalCode: 'Hamm',
      city: 'Hamm',
    }
    expect(() => parseDocument('kontakte', broken)).toThrow(ContentLoadError)
    expect(() => parseDocument('kontakte', broken)).toThrow(
      'Content document kontakte/familienbuero fails its schema: postalCode: must be a five-digit German postal code',
    )
  })
})

describe('translations', () => {
  it('asks for a translation without German fallback', async () => {
    const { fetchImpl, requests } = fakeCms(1)
    await fetchPublished({ cmsUrl: 'http://cms.test', collection: 'angebote', locale: 'uk', fetchImpl })
    expect(requests[0]!.searchParams.get('locale')).toBe('uk')
    expect(requests[0]!.searchParams.get('fallback-locale')).toBe('none')
  })

  const richText = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })
  const german = {
    id: 1,
    slug: 'kindergeld',
    title: 'Kindergeld',
    summary: 'Geld für jedes Kind.',
    body: richText('Eins. Zwei.'),
    steps: ['Antrag stellen', 'Bescheid abwarten'],
    eligibility: { summary: 'Für Kinder unter 18.', rules: [{ blockType: 'child', maxAge: 18 }] },
    costs: '',
  }

  it('takes a translation only when every German text is translated', () => {
    const english = {
      ...german,
      title: 'Child benefit',
      summary: 'Money for every child.',
      body: {
        root: {
          type: 'root',
          children: [
            { type: 'paragraph', children: [{ type: 'text', text: 'One.' }] },
            { type: 'paragraph', children: [] },
          ],
        },
      },
      steps: ['Apply', 'Wait for the decision'],
      eligibility: { ...german.eligibility, summary: 'For children under 18.' },
    }
    expect(isCompleteTranslation(german, english)).toBe(true)
    expect(isCompleteTranslation(german, { ...english, summary: null })).toBe(false)
    expect(isCompleteTranslation(german, { ...english, body: null })).toBe(false)
    expect(isCompleteTranslation(german, { ...english, steps: [] })).toBe(false)
    expect(isCompleteTranslation(german, { ...english, eligibility: { ...english.eligibility, summary: '' } })).toBe(false)
    // A list may have a different number of entries in another language.
    expect(isCompleteTranslation(german, { ...english, steps: ['Apply online'] })).toBe(true)
    // Empty German texts need no translation.
    expect(isCompleteTranslation({ ...german, body: richText(' ') }, { ...english, body: null })).toBe(true)
  })

  it('completes a partial translation of an Angebot from German; without title and summary there is none (issue 14)', () => {
    const rules = (reason: string | null, proviso: string | null) => [
      {
        blockType: 'all',
        conditions: [
          { blockType: 'child', maxAge: 18, reason },
          { blockType: 'proviso', text: proviso },
        ],
      },
    ]
    const withRules = { ...german, eligibility: { ...german.eligibility, rules: rules('Mia ist 3.', 'ein Elternteil gestorben ist') } }
    const partial = {
      ...withRules,
      title: 'Child benefit',
      summary: 'Money for every child.',
      body: null,
      steps: [],
      eligibility: { ...withRules.eligibility, summary: null, rules: rules('Mia is 3.', null) },
    }
    const completed = completedTranslation(withRules, partial)!
    expect(completed.title).toBe('Child benefit')
    expect(completed.body).toEqual(german.body)
    expect(completed.steps).toEqual(german.steps)
    expect((completed.eligibility as { summary: string }).summary).toBe(german.eligibility.summary)
    // One proviso untranslated: the rules stay German as a whole, so no finder sentence is half German.
    expect((completed.eligibility as { rules: unknown }).rules).toEqual(withRules.eligibility.rules)
    const fullRules = { ...partial, eligibility: { ...partial.eligibility, rules: rules('Mia is 3.', 'a parent has died') } }
    expect((completedTranslation(withRules, fullRules)!.eligibility as { rules: unknown }).rules).toEqual(fullRules.eligibility.rules)
    // „Fristen ab der Geburt“: rows shared by every language; a label not translated yet is the German one (issue 17).
    const withReminders = { ...withRules, reminders: [{ id: 'r1', label: 'Kindergeld beantragen', kind: 'until', offset: 6, unit: 'months' }] }
    const untranslatedLabel = { ...partial, reminders: [{ id: 'r1', label: null, kind: 'until', offset: 6, unit: 'months' }] }
    expect(completedTranslation(withReminders, untranslatedLabel)!.reminders).toEqual(withReminders.reminders)
    const translatedLabel = { ...partial, reminders: [{ ...withReminders.reminders[0], label: 'Apply for Kindergeld' }] }
    expect(completedTranslation(withReminders, translatedLabel)!.reminders).toEqual(translatedLabel.reminders)
    expect(completedTranslation(withRules, { ...partial, summary: null })).toBeUndefined()
    expect(completedTranslation(withRules, { ...partial, title: ' ' })).toBeUndefined()
  })
})

describe('the loader’s store (issue 18)', () => {
  it('is left as it was when the CMS fails halfway, and filled in one go once every page is read', async () => {
    const calls: string[] = []
    const context = {
      store: { clear: () => calls.push('clear'), set: ({ id }: { id: string }) => calls.push(`set ${id}`) },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: () => 'digest',
      logger: { info: () => {}, warn: () => {} },
    } as unknown as Parameters<Loader['load']>[0]
    const kontakt = (id: number) => ({
      id,
      slug: `kontakt-${id}`,
      title: `Kontakt ${id}`,
      _status: 'published',
      kind: 'dienststelle',
      street: 'Theodor-Heuss-Platz 16',
      postalCode: '59065',
      city: 'Hamm',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
    const cms = (failOnPage?: number) =>
      (async (input: URL | RequestInfo) => {
        const page = Number(new URL(String(input)).searchParams.get('page'))
        if (page === failOnPage) return new Response('down', { status: 503 })
        return new Response(JSON.stringify({ docs: [kontakt(page)], page, hasNextPage: page < 2 }), { status: 200 })
      }) as typeof fetch
    process.env.CMS_BUILD_TOKEN = 'token-0123456789'
    try {
      await expect(payloadLoader({ collection: 'kontakte', fetchImpl: cms(2) }).load(context)).rejects.toThrow(/HTTP 503/)
      expect(calls).toEqual([])
      await payloadLoader({ collection: 'kontakte', fetchImpl: cms() }).load(context)
      expect(calls).toEqual(['clear', 'set kontakt-1', 'set kontakt-2'])
    } finally {
      delete process.env.CMS_BUILD_TOKEN
    }
  })
})
