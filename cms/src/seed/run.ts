/**
 * `npm run seed`: replaces all content with the seed documents (idempotent). `-- --german-only`
 * leaves out the translations (a quicker seed where only German is read, e.g. for `npm run match`).
 */
import { runWithPayload } from '../lib/payload.ts'
import { seed } from './index.ts'

await runWithPayload(async (payload) => {
  await seed({ payload, log: (line) => console.log(line), translations: !process.argv.includes('--german-only') })
})
