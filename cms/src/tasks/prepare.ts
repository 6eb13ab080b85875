/**
 * Brings the database up to date and seeds it when it holds no content yet. Run by `npm start`
 * before the CMS server starts; prints one `[prepare]` line per step.
 */
import { firstRegisterOpen } from '../lib/firstRegister.ts'
import { runWithPayload } from '../lib/payload.ts'
import { isEmpty, seed } from '../seed/index.ts'

const say = (line: string) => console.log(`[prepare] ${line}`)

await runWithPayload(async (payload) => {
  const { totalDocs: migrations } = await payload.count({ collection: 'payload-migrations' })
  say(`Database schema is up to date (${migrations} migration${migrations === 1 ? '' : 's'} applied).`)
  if (await isEmpty(payload)) {
    await seed({ payload, log: say })
  } else {
    say('Database has content: not seeding.')
  }
  const { totalDocs: users } = await payload.count({ collection: 'users' })
  if (users === 0) {
    say(
      firstRegisterOpen()
        ? 'No editor account yet: create the first one in the admin (first start only).'
        : 'No editor account yet: create the first one with `npm run create-admin` (the admin does not offer it on this address).',
    )
  }
})
