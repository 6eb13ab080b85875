import path from 'node:path'

import { mkdirSync } from 'node:fs'

import { findRepoRoot } from '@familienrathaus/cms/lib/paths'

import { backupName, pruneBackups, type Instance } from './backup.ts'
import { binEntry, runNode } from './processes.ts'
import { msUntilNextDailyRun } from './siteBuilder.ts'

/** Where `npm run backup` and the nightly backup put their archives: BACKUP_DIR, or backups/ in the data folder. */
export const backupFolder = (dataDir: string) => (process.env.BACKUP_DIR ? path.resolve(process.env.BACKUP_DIR) : path.join(dataDir, 'backups'))

/** How many nightly archives to keep (BACKUP_KEEP); unset or 0: no nightly backup. */
export function nightlyBackupsToKeep(env: NodeJS.ProcessEnv = process.env): number {
  const keep = Number(env.BACKUP_KEEP ?? 0)
  if (!Number.isInteger(keep) || keep < 0)
    throw new Error(`BACKUP_KEEP must be a whole number of archives to keep, not ${JSON.stringify(env.BACKUP_KEEP)}`)
  return keep
}

/**
 * Under `npm start`: a backup every night at 02:30 in Hamm, keeping the newest `keep` nightly ones.
 * It runs as a process of its own (`npm run backup`'s script): copying and hashing the database and
 * the media would otherwise stall the site and the CMS, which this process serves.
 */
export function scheduleNightlyBackups({ instance, keep, log }: { instance: Instance; keep: number; log: (line: string) => void }): () => void {
  let timer: NodeJS.Timeout
  const next = () => {
    timer = setTimeout(
      async () => {
        const folder = backupFolder(instance.dataDir)
        const archive = path.join(folder, backupName(new Date(), 'nightly'))
        try {
          mkdirSync(folder, { recursive: true })
          const result = await runNode({
            script: binEntry({ fromDir: findRepoRoot(), pkg: 'tsx', bin: 'tsx' }),
            args: [path.join(import.meta.dirname, '..', 'backup.ts'), archive],
            cwd: findRepoRoot(),
            env: { ...process.env, DATA_DIR: instance.dataDir, DATABASE_URI: instance.databaseUri },
          })
          if (result.code !== 0) throw new Error(result.output.trim().split('\n').at(-1) ?? `exit code ${result.code}`)
          const removed = pruneBackups(folder, keep)
          log(`Nightly backup written to ${archive}${removed.length ? `; removed the oldest: ${removed.join(', ')}` : ''}.`)
        } catch (error) {
          log(`Nightly backup failed: ${(error as Error).message}`)
        }
        next()
      },
      msUntilNextDailyRun(new Date(), 2 * 60 + 30),
    )
  }
  next()
  return () => clearTimeout(timer)
}
