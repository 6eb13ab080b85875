/**
 * `npm run backup [-- FILE]`: one archive of this instance (database, media, secret, manifest),
 * taken while the CMS runs and editors write. Without FILE it goes to BACKUP_DIR (default
 * data/backups/) under a name that sorts by time.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { databaseUri } from '@familienrathaus/cms/db'
import { dataDir } from '@familienrathaus/cms/lib/paths'

import { backupFolder } from './lib/backupSchedule.ts'
import { backupName, createBackup } from './lib/backup.ts'

const target = process.argv[2] ? path.resolve(process.argv[2]) : path.join(backupFolder(dataDir()), backupName())
mkdirSync(path.dirname(target), { recursive: true })
const started = Date.now()
try {
  const manifest = await createBackup({ instance: { dataDir: dataDir(), databaseUri: databaseUri() }, archive: target })
  const rows = Object.values(manifest.database.tables).reduce((sum, table) => sum + table.rows, 0)
  console.log(
    `Backup written to ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.keys(manifest.database.tables).length} ${manifest.database.kind} tables (${rows} rows), ${Object.keys(manifest.media).length} media files.`,
  )
  if (manifest.missingMedia.length)
    console.log(`Media deleted while the backup ran (their documents are in it, their files are not): ${manifest.missingMedia.join(', ')}`)
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exit(1)
}
