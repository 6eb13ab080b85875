import { beforeEach, describe, expect, it, vi } from 'vitest'

const calls: string[] = []
const addDirectory = vi.fn(async ({ path }: { path: string }) => {
  calls.push(`addDirectory ${path}`)
  return { errors: [], page_count: 42 }
})
const writeFiles = vi.fn(async ({ outputPath }: { outputPath: string }) => {
  calls.push(`writeFiles ${outputPath}`)
  return { errors: [], outputPath }
})
const close = vi.fn(async () => {
  calls.push('close')
  return null
})

vi.mock('pagefind', () => ({
  createIndex: vi.fn(async () => ({ errors: [], index: { addDirectory, writeFiles } })),
  close,
}))

const { indexSite } = await import('../src/integrations/pagefind.ts')

describe('indexSite', () => {
  beforeEach(() => {
    calls.length = 0
  })

  it('indexes the built folder and writes the bundle inside it', async () => {
    const lines: string[] = []
    expect(await indexSite({ dir: '/tmp/site', log: (line) => lines.push(line) })).toBe(42)
    expect(calls).toEqual(['addDirectory /tmp/site', 'writeFiles /tmp/site/pagefind', 'close'])
    expect(lines).toEqual(['Pagefind indexed 42 pages'])
  })

  it('fails the build when nothing was indexed, and still closes Pagefind', async () => {
    addDirectory.mockResolvedValueOnce({ errors: [], page_count: 0 })
    await expect(indexSite({ dir: '/tmp/leer', log: () => {} })).rejects.toThrow('Pagefind found no pages to index in /tmp/leer')
    expect(calls.at(-1)).toBe('close')
  })
})
