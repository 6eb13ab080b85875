import type { APIRoute } from 'astro'

import { jsonResponse, openDataJsonSchemas } from '#lib/openData.ts'

/** The JSON Schema of kontakte.json. */
export const GET: APIRoute = () => jsonResponse(openDataJsonSchemas.locations())
