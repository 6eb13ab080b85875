/** `npm start` refuses clearly, in one line and with a non-zero exit, when it cannot work. */
import net from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'

import { freePort, makeDataDir, runStart, type StartEnv } from '../../support/stack.ts'

const data = makeDataDir()
afterAll(() => data.remove())

async function errorLine(env: StartEnv) {
  const started = runStart({ DATA_DIR: data.dir, HOST: '127.0.0.1', ...env })
  const code = await started.exited
  const lines = started
    .output()
    .split('\n')
    .filter((line) => line.includes('Error:'))
  return { code, lines }
}

describe('npm start refuses to start', () => {
  it('in production without PAYLOAD_SECRET', async () => {
    const { code, lines } = await errorLine({ NODE_ENV: 'production', CMS_PORT: String(await freePort()) })
    expect(code).toBe(1)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('PAYLOAD_SECRET is not set')
  })

  it('when the CMS port is taken', async () => {
    const blocker = net.createServer()
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    )
    try {
      const { code, lines } = await errorLine({ CMS_PORT: String(port), SITE_PORT: String(await freePort()) })
      expect(code).toBe(1)
      expect(lines).toEqual([`[start] Error: Port ${port} (CMS) is already in use: stop the other program or set CMS_PORT to a free port.`])
    } finally {
      blocker.close()
    }
  })

  it('when the database is unreachable', async () => {
    const { code, lines } = await errorLine({
      DATABASE_URI: `mongodb://127.0.0.1:${await freePort()}/familienrathaus`,
      CMS_PORT: String(await freePort()),
      SITE_PORT: String(await freePort()),
    })
    expect(code).toBe(1)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/the database at 127\.0\.0\.1:\d+ \(DATABASE_URI\) is unreachable/)
  })
})
