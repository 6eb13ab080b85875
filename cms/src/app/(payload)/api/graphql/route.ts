import { restHandlers } from '../../../../lib/restHandlers.ts'
import config from '../../../../payload.config.ts'

const handlers = restHandlers(config)

export const POST = handlers.GRAPHQL
export const OPTIONS = handlers.OPTIONS
