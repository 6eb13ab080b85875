import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'

import { Supervisor } from '../src/lib/supervisor.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** A real process that runs for `ms` and then crashes (or runs until killed). */
const node = (script: string) => () => spawn(process.execPath, ['-e', script], { stdio: 'ignore' })

describe('Supervisor (issue 13)', () => {
  it('restarts a process that was killed with SIGKILL, and says so', async () => {
    const lines: string[] = []
    const supervisor = new Supervisor({
      name: 'CMS',
      start: node('setInterval(() => {}, 1000)'),
      log: (line) => lines.push(line),
      firstDelayMs: 50,
    })
    const first = supervisor.child
    first.kill('SIGKILL')
    while (supervisor.restarts === 0) await sleep(20)
    expect(supervisor.child.pid).not.toBe(first.pid)
    expect(supervisor.child.exitCode).toBeNull()
    expect(lines).toEqual(['The CMS stopped unexpectedly (signal SIGKILL); restarting in 0.1 s.', 'The CMS was restarted (restart 1).'])
    await supervisor.stop()
    expect(supervisor.child.signalCode).toBe('SIGTERM')
  })

  it('waits twice as long after each crash in a row, up to a limit', async () => {
    const lines: string[] = []
    const supervisor = new Supervisor({
      name: 'CMS',
      start: node('process.exit(3)'),
      log: (line) => lines.push(line),
      firstDelayMs: 100,
      maxDelayMs: 400,
    })
    while (supervisor.restarts < 4) await sleep(10)
    await supervisor.stop()
    const delays = lines.filter((line) => line.includes('restarting')).map((line) => line.match(/in ([\d.]+) s/)![1])
    expect(delays.slice(0, 4)).toEqual(['0.1', '0.2', '0.4', '0.4'])
    expect(lines[0]).toBe('The CMS stopped unexpectedly (exit code 3); restarting in 0.1 s.')
  })

  it('does not restart a process it was asked to stop', async () => {
    const lines: string[] = []
    const supervisor = new Supervisor({
      name: 'CMS',
      start: node('setInterval(() => {}, 1000)'),
      log: (line) => lines.push(line),
      firstDelayMs: 10,
    })
    await supervisor.stop()
    await sleep(100)
    expect(supervisor.restarts).toBe(0)
    expect(lines).toEqual([])
  })
})

describe('Supervisor when a restart cannot even start the process', () => {
  it('keeps trying instead of crashing npm start', async () => {
    const lines: string[] = []
    let attempt = 0
    const supervisor = new Supervisor({
      name: 'CMS',
      firstDelayMs: 20,
      log: (line) => lines.push(line),
      // The second start fails as a spawn does without memory: an 'error' event, no 'exit'.
      start: () => (++attempt === 2 ? spawn('/nonexistent/node-binary', [], { stdio: 'ignore' }) : node('process.exit(1)')()),
    })
    while (supervisor.restarts < 3) await sleep(10)
    await supervisor.stop()
    expect(lines.some((line) => /could not run: spawn \/nonexistent\/node-binary ENOENT/.test(line))).toBe(true)
  })
})
