import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Angebote } from './collections/Angebote.ts'
import { Erklaervideos } from './collections/Erklaervideos.ts'
import { Handlungsfelder } from './collections/Handlungsfelder.ts'
import { Kontakte } from './collections/Kontakte.ts'
import { Media } from './collections/Media.ts'
import { Meilensteine } from './collections/Meilensteine.ts'
import { Users } from './collections/Users.ts'
import { databaseAdapter } from './db.ts'
import { findRepoRoot } from './lib/paths.ts'
import { resolvePayloadSecret } from './lib/secret.ts'

const cmsDir = path.join(findRepoRoot(), 'cms')

export default buildConfig({
  secret: resolvePayloadSecret(),
  db: await databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  telemetry: false,
  collections: [Angebote, Handlungsfelder, Meilensteine, Erklaervideos, Kontakte, Media, Users],
  admin: {
    user: Users.slug,
    // The default is Gravatar: a request to a third party from every admin page.
    avatar: 'default',
    importMap: { baseDir: path.join(cmsDir, 'src') },
    meta: { titleSuffix: ' – Familienrathaus Hamm' },
  },
  i18n: {
    supportedLanguages: { de },
    fallbackLanguage: 'de',
  },
  // Decided before the first migration: adding locales to a populated SQLite file later fails.
  localization: {
    locales: [
      { code: 'de', label: 'Deutsch' },
      { code: 'en', label: 'English' },
      { code: 'tr', label: 'Türkçe' },
      { code: 'ar', label: 'العربية', rtl: true },
      { code: 'uk', label: 'Українська' },
    ],
    defaultLocale: 'de',
    fallback: true,
  },
  upload: { limits: { fileSize: 10 * 1024 * 1024 } },
  typescript: { outputFile: path.join(cmsDir, 'src', 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.join(cmsDir, 'src', 'generated-schema.graphql') },
})
