import '@payloadcms/next/css'

import { restHandlers } from '../../../../lib/restHandlers.ts'
import config from '../../../../payload.config.ts'

const handlers = restHandlers(config)

export const GET = handlers.GET
export const POST = handlers.POST
export const DELETE = handlers.DELETE
export const PATCH = handlers.PATCH
export const PUT = handlers.PUT
export const OPTIONS = handlers.OPTIONS
