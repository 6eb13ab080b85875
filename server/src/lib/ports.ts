import net from 'node:net'

/** Resolves when nothing listens on host:port; rejects with a one-line reason otherwise. */
export function assertPortFree({ port, host, name }: { port: number; host: string; name: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} (${name}) is already in use: stop the other program or set ${name === 'CMS' ? 'CMS_PORT' : 'SITE_PORT'} to a free port.`
            : `Cannot listen on ${host}:${port} (${name}): ${error.message}`,
        ),
      )
    })
    server.listen(port, host, () => server.close(() => resolve()))
  })
}

/** Whether something accepts TCP connections at host:port within the timeout. */
export function canConnect({ host, port, timeoutMs = 3000 }: { host: string; port: number; timeoutMs?: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

export function listen(server: net.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as net.AddressInfo).port)
    })
  })
}
