/** `npm run seed`: replaces all content with the seed documents (idempotent). */
import { runWithPayload } from '../lib/payload.ts'
import { seed } from './index.ts'

await runWithPayload(async (payload) => {
  await seed({ payload, log: (line) => console.log(line) })
})
