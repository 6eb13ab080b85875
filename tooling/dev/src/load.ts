import autocannon from 'autocannon'

export type LoadResult = { requestsPerSecond: number; p50: number; p99: number; errors: number; statuses: Record<string, number> }

/** Sends requests for `seconds` (or `amount` requests) over `connections` connections and reports throughput and latency. */
export async function load({
  url,
  connections,
  seconds = 10,
  amount,
  method = 'GET',
  body,
  headers,
}: {
  url: string
  connections: number
  seconds?: number
  amount?: number
  method?: 'GET' | 'POST'
  body?: string
  headers?: Record<string, string>
}): Promise<LoadResult> {
  const statuses: Record<string, number> = {}
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, ...(amount ? { amount } : { duration: seconds }), method, body, headers },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('response', (_client, statusCode) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
    })
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors:
      result.errors +
      result.timeouts +
      Object.entries(statuses)
        .filter(([code]) => Number(code) >= 500)
        .reduce((sum, [, count]) => sum + count, 0),
    statuses,
  }
}

export const describeLoad = (result: LoadResult) =>
  `${result.requestsPerSecond} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors`
