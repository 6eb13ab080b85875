/**
 * `npm run restore -- ARCHIVE [--force]`: restores an archive of `npm run backup` into this
 * instance (DATA_DIR, DATABASE_URI). Refuses while `npm start` runs on it unless --force; keeps
 * what it replaces beside it; checks the result against the archive's manifest.
 */
import { databaseUri } from '@familienrathaus/cms/db'
import { dataDir } from '@familienrathaus/cms/lib/paths'

import { RestoreRefused, restoreBackup } from './lib/backup.ts'

const args = process.argv.slice(2)
const archive = args.find((arg) => !arg.startsWith('--'))
if (!archive) {
  console.error('usage: npm run restore -- ARCHIVE [--force]')
  process.exit(2)
}
try {
  const { tables, mediaFiles, manifest } = await restoreBackup({
    instance: { dataDir: dataDir(), databaseUri: databaseUri() },
    archive,
    force: args.includes('--force'),
  })
  console.log(
    `Restored ${archive} (taken ${manifest.createdAt}): ${tables} ${manifest.database.kind} tables and ${mediaFiles} media files, identical to its manifest. Start (or restart) npm start now.`,
  )
} catch (error) {
  console.error(`${error instanceof RestoreRefused ? 'Restore refused' : 'Restore failed'}: ${(error as Error).message}`)
  process.exit(error instanceof RestoreRefused ? 2 : 1)
}
