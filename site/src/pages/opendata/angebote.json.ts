import type { APIRoute } from 'astro'

import { jsonResponse, openDataOf } from '#lib/openData.ts'

/** Every published Angebot as open data (HSDS services); the page /opendata/ explains it. */
export const GET: APIRoute = async ({ site }) => jsonResponse((await openDataOf(site)).services)
