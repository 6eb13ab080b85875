import type { APIRoute } from 'astro'

import { jsonResponse, openDataOf } from '#lib/openData.ts'

/** Every published Kontakt as open data (HSDS locations). */
export const GET: APIRoute = async ({ site }) => jsonResponse((await openDataOf(site)).locations)
