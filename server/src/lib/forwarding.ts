import http from 'node:http'
import net from 'node:net'
import { pipeline } from 'node:stream'

/**
 * The address a client is known by: the proxy's own `X-Forwarded-For` when the connection comes
 * from a trusted proxy, the connection's address otherwise. Next sets the header only when it is
 * missing, so without this layer a client talking to the CMS directly could name any address it
 * likes and escape the per-address limits on logins and password mails.
 */
export function forwardedFor({
  peer,
  header,
  trusted,
}: {
  peer: string | undefined
  header: string | string[] | undefined
  trusted: (address: string) => boolean
}): string {
  const address = normalizeAddress(peer ?? 'unknown')
  const given = Array.isArray(header) ? header.join(', ') : header
  return given && trusted(address) ? given : address
}

/** `::ffff:127.0.0.1` → `127.0.0.1`: IPv4 clients on a dual-stack socket. */
export const normalizeAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')

/** TRUSTED_PROXIES: the addresses of reverse proxies whose X-Forwarded-For counts (default: this machine). */
export function trustedProxies(env: Record<string, string | undefined> = process.env): (address: string) => boolean {
  const listed = (env.TRUSTED_PROXIES ?? '127.0.0.1, ::1')
    .split(',')
    .map((entry) => normalizeAddress(entry.trim()))
    .filter(Boolean)
  for (const entry of listed) if (!net.isIP(entry)) throw new Error(`TRUSTED_PROXIES must list IP addresses, not ${JSON.stringify(entry)}`)
  return (address) => listed.includes(normalizeAddress(address))
}

const unavailable = 'Das Redaktionssystem startet gerade (neu). Bitte in einigen Sekunden noch einmal versuchen.'

/**
 * The CMS's public port: every request is passed on, streamed both ways (uploads are never held in
 * memory), to the CMS listening on loopback, with `X-Forwarded-For` set as `forwardedFor` says.
 * While the CMS restarts, requests get a German 502 instead of a refused connection.
 */
export function createForwardingServer({
  target,
  trusted,
  log,
}: {
  target: { host: string; port: number }
  trusted: (address: string) => boolean
  log: (line: string) => void
}): http.Server {
  const agent = new http.Agent({ keepAlive: true })
  return http.createServer((request, response) => {
    const headers = { ...request.headers }
    const peer = request.socket.remoteAddress
    headers['x-forwarded-for'] = forwardedFor({ peer, header: request.headers['x-forwarded-for'], trusted })
    if (!trusted(normalizeAddress(peer ?? ''))) {
      // What an untrusted client says about where it comes from, or how, does not count either.
      for (const name of ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded', 'x-real-ip']) delete headers[name]
    }
    const upstream = http.request({ ...target, agent, method: request.method, path: request.url, headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders)
      // A CMS that dies halfway through an answer must end the client's response too, not leave it hanging.
      pipeline(answer, response, (error) => {
        if (error) response.destroy()
      })
    })
    upstream.on('error', (error) => {
      if (response.headersSent || response.destroyed) {
        response.destroy()
        return
      }
      log(`CMS request ${request.method} ${(request.url ?? '').slice(0, 200)} not answered: ${error.message}`)
      response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' }).end(unavailable)
    })
    // A client that goes away takes its request to the CMS with it.
    response.on('close', () => {
      if (!response.writableFinished) upstream.destroy()
    })
    request.pipe(upstream)
  })
}
