import type { Endpoint } from 'payload'

/**
 * `GET /api/health` for a load balancer or monitoring: 200 when the CMS answers and its database
 * answers a query, 503 otherwise. Says nothing a visitor could use beyond "up" or "down".
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.count({ collection: 'users', overrideAccess: true })
      return Response.json({ status: 'ok', database: 'ok' }, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      req.payload.logger.error(`Health check: the database did not answer (${(error as Error).message})`)
      return Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers: { 'cache-control': 'no-store' } })
    }
  },
}
