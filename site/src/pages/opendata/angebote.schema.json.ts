import type { APIRoute } from 'astro'

import { jsonResponse, openDataJsonSchemas } from '#lib/openData.ts'

/** The JSON Schema of angebote.json, derived from the export's zod schema. */
export const GET: APIRoute = () => jsonResponse(openDataJsonSchemas.services())
