/**
 * `npm run --silent match -- FILE|-`: evaluates a household (contract: household v1) against the
 * published Angebote of the CMS database and prints the result as JSON. Invalid input: exit 2,
 * nothing on standard output, one line per problem on standard error. Uses the same evaluation
 * module as the site's island.
 */
import { readFileSync } from 'node:fs'

import { evaluateHousehold, householdProblems, householdSchema } from '@familienrathaus/content-schemas'

function invalid(lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`)
  process.exit(2)
}

const source = process.argv[2]
if (!source) invalid(['usage: npm run --silent match -- FILE|-   (FILE: a household v1 JSON document; - reads standard input)'])

let text: string
try {
  text = readFileSync(source === '-' ? 0 : source, 'utf8')
} catch (error) {
  invalid([`${source}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`])
}

let json: unknown
try {
  json = JSON.parse(text)
} catch (error) {
  invalid([`household: not valid JSON (${(error as Error).message})`])
}

const parsed = householdSchema.safeParse(json)
if (!parsed.success) invalid(householdProblems(parsed.error))

// Payload logs to standard error here, so standard output carries the JSON result only.
process.env.PAYLOAD_LOG_TO_STDERR = '1'
const { runWithPayload } = await import('../lib/payload.ts')
const { publishedOffers } = await import('../lib/offers.ts')
await runWithPayload(async (payload) => {
  // As on the site: only offers current today, in Hamm's calendar.
  const offers = await publishedOffers(payload, {
    onInvalid: (slug) => {
      throw new Error(`Angebot ${slug} has invalid eligibility rules`)
    },
  })
  const result = evaluateHousehold({ household: parsed.data, offers })
  // Written to a pipe, a large result (hundreds of KB at 1,000 offers) is still on its way when the
  // script ends the process: the reader got it cut off. The work is done once it is written.
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`, (error) => (error ? reject(error) : resolve())),
  )
})
