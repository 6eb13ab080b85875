/** `npm run seed`: replaces all content with the seed documents (idempotent). */
import { openPayload } from '../lib/payload.ts'
import { seed } from './index.ts'

const payload = await openPayload()
try {
  await seed({ payload, log: (line) => console.log(line) })
} finally {
  await payload.destroy()
}
