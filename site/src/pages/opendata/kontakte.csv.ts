import type { APIRoute } from 'astro'

import { csvResponse, openDataOf, openDataRows } from '#lib/openData.ts'

/** The Kontakte as a table, one row each. */
export const GET: APIRoute = async ({ site }) => csvResponse(openDataRows.locations((await openDataOf(site)).locations))
