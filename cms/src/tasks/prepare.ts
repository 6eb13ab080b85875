/**
 * Brings the database up to date and seeds it when it holds no content yet. Run by `npm start`
 * before the CMS server starts; prints one line per step.
 */
import { isEmpty, seed } from '../seed/index.ts'
import { openPayload } from '../lib/payload.ts'

const payload = await openPayload()
try {
  if (await isEmpty(payload)) {
    await seed({ payload, log: (line) => console.log(line) })
  } else {
    console.log('Database has content: not seeding.')
  }
} finally {
  await payload.destroy()
}
