import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(path.join(tmpdir(), 'fp-types-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('payload-types.ts', () => {
  it('is committed exactly as `payload generate:types` makes it from the config', async () => {
    process.env.DATA_DIR = dir
    process.env.PAYLOAD_SECRET = 'test-secret-that-is-only-used-in-tests'
    delete process.env.DATABASE_URI
    process.env.PAYLOAD_TS_OUTPUT_PATH = path.join(dir, 'payload-types.ts')
    const { generateTypes } = await import('payload/node')
    const config = await (await import('../src/payload.config.ts')).default
    await generateTypes(config, { log: false })
    const fresh = readFileSync(path.join(dir, 'payload-types.ts'), 'utf8')
    const committed = readFileSync(path.join(import.meta.dirname, '..', 'src', 'payload-types.ts'), 'utf8')
    expect(committed, 'run `npm run generate:types -w cms` and commit the result').toBe(fresh)
  })
})
