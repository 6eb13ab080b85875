import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { contentStoreModule, contentStorePlugin, resolvedContentStoreModuleId } from '../src/integrations/contentStore.ts'

type LoadHook = { order: string; handler: (id: string) => { code: string } | null }

describe('the content store read at render time', () => {
  // A store as Astro writes it (devalue's flattened JSON), with what a string literal must escape.
  const store = [['Map', 1, 2], 'angebote', { title: 3 }, 'Quote " backslash \\ line\u2028separator, Ärger, مرحبا, Київ, `tick` ${x}']
  const dir = mkdtempSync(path.join(tmpdir(), 'fp-store-'))
  const storeFile = path.join(dir, 'data-store.json')
  writeFileSync(storeFile, JSON.stringify(store))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('gives the pages what Astro’s own module gives: the file’s JSON', async () => {
    const moduleFile = path.join(dir, 'store.mjs')
    writeFileSync(moduleFile, contentStoreModule(storeFile))
    const { default: value } = (await import(pathToFileURL(moduleFile).href)) as { default: unknown }
    expect(value).toEqual(store)
    // The module names the file; it does not carry the content.
    expect(contentStoreModule(storeFile)).not.toContain('angebote')
  })

  it('says which file it could not read before Astro takes the failure for an empty store', async () => {
    const broken = path.join(dir, 'broken.json')
    writeFileSync(broken, '[["Map"')
    const moduleFile = path.join(dir, 'broken.mjs')
    writeFileSync(moduleFile, contentStoreModule(broken))
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      await expect(import(pathToFileURL(moduleFile).href)).rejects.toThrow(SyntaxError)
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(`Cannot read the content store ${broken}: `))
    } finally {
      logged.mockRestore()
    }
  })

  it('answers before Astro’s loader, only for the store module, and only when the store file exists', () => {
    const calls: string[] = []
    const load = (contentStorePlugin(storeFile, () => calls.push('used')) as { load: LoadHook }).load
    expect(load.order).toBe('pre')
    expect(load.handler('\0astro:content')).toBeNull()
    expect(load.handler(resolvedContentStoreModuleId)?.code).toBe(contentStoreModule(storeFile))
    expect(calls).toEqual(['used'])
    const missing = (contentStorePlugin(path.join(dir, 'none.json')) as { load: LoadHook }).load
    expect(missing.handler(resolvedContentStoreModuleId)).toBeNull()
  })
})
