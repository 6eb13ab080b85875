import type { APIRoute } from 'astro'

import { csvResponse, openDataOf, openDataRows } from '#lib/openData.ts'

/** The Angebote as a table, one row each. */
export const GET: APIRoute = async ({ site }) => csvResponse(openDataRows.services((await openDataOf(site)).services))
