import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { defaultLocale, localeOptions } from '@familienrathaus/content-schemas'

import { restrictInternalCollections } from './access/internalCollections.ts'
import { Angebote } from './collections/Angebote.ts'
import { Erklaervideos } from './collections/Erklaervideos.ts'
import { Handlungsfelder } from './collections/Handlungsfelder.ts'
import { Kontakte } from './collections/Kontakte.ts'
import { Media } from './collections/Media.ts'
import { Meilensteine } from './collections/Meilensteine.ts'
import { Users } from './collections/Users.ts'
import { databaseAdapter } from './db.ts'
import { allowPartialTranslations } from './fields/partialTranslations.ts'
import { Barrierefreiheit } from './globals/Barrierefreiheit.ts'
import { Datenschutz } from './globals/Datenschutz.ts'
import { Einstellungen } from './globals/Einstellungen.ts'
import { Fusszeile } from './globals/Fusszeile.ts'
import { Gebaerdensprache } from './globals/Gebaerdensprache.ts'
import { Impressum } from './globals/Impressum.ts'
import { LeichteSprache } from './globals/LeichteSprache.ts'
import { Navigation } from './globals/Navigation.ts'
import { keepRefusalReasons } from './hooks/keepRefusalReasons.ts'
import { healthEndpoint } from './endpoints/health.ts'
import { siteStatusEndpoint } from './endpoints/siteStatus.ts'
import { smtpEmailAdapter, smtpSettings } from './lib/email.ts'
import { withInputChecks } from './hooks/validateInput.ts'
import { findRepoRoot, uploadTempDir } from './lib/paths.ts'
import { resolvePayloadSecret } from './lib/secret.ts'
import { cmsPublicUrl, csrfOrigins } from './lib/serverUrls.ts'
import { maxImagePixels, maxUploadBytes, maxUploadRequestBytes, uploadTooLargeMessage } from './lib/uploadRules.ts'
import { adminDateFormat, germanSie } from './i18n/germanSie.ts'

const cmsDir = path.join(findRepoRoot(), 'cms')

/** sharp refuses to decode images above the pixel limit, whatever the caller asks for. */
const limitedSharp = Object.assign(
  (input?: Parameters<typeof sharp>[0], options?: Parameters<typeof sharp>[1]) => sharp(input, { ...options, limitInputPixels: maxImagePixels }),
  sharp,
) as unknown as typeof sharp

const smtp = smtpSettings()

export default buildConfig({
  secret: resolvePayloadSecret(),
  serverURL: cmsPublicUrl(),
  db: await databaseAdapter(),
  editor: lexicalEditor(),
  sharp: limitedSharp,
  telemetry: false,
  // SMTP when configured; otherwise Payload writes each mail to the log.
  ...(smtp ? { email: smtpEmailAdapter(smtp) } : {}),
  // Command-line tools whose standard output is data (npm run match) log to standard error.
  ...(process.env.PAYLOAD_LOG_TO_STDERR === '1' ? { logger: { options: { level: 'warn' as const }, destination: process.stderr } } : {}),
  collections: [Angebote, Handlungsfelder, Meilensteine, Erklaervideos, Kontakte, Media, Users]
    .map(allowPartialTranslations)
    .map(withInputChecks),
  globals: [Einstellungen, Navigation, Fusszeile, Impressum, Datenschutz, Barrierefreiheit, LeichteSprache, Gebaerdensprache].map(
    allowPartialTranslations,
  ),
  admin: {
    user: Users.slug,
    // The default is Gravatar: a request to a third party from every admin page.
    avatar: 'default',
    importMap: { baseDir: path.join(cmsDir, 'src') },
    meta: { titleSuffix: ' – Familienrathaus Hamm' },
    dateFormat: adminDateFormat,
    components: {
      providers: ['/components/AdminAccessibility.tsx#AdminAccessibility'],
      beforeDashboard: [
        '/components/SiteBuildStatus.tsx#SiteBuildStatus',
        '/components/RefusedSchedules.tsx#RefusedSchedules',
        '/components/ReviewReminders.tsx#ReviewReminders',
        '/components/AmountReminders.tsx#AmountReminders',
      ],
    },
  },
  i18n: {
    supportedLanguages: { de },
    fallbackLanguage: 'de',
    translations: { de: germanSie },
  },
  // Decided before the first migration: adding locales to a populated SQLite file later fails.
  localization: {
    locales: localeOptions.map(({ value, label, rtl }) => ({ code: value, label, rtl })),
    defaultLocale,
    fallback: true,
  },
  hooks: { afterError: [keepRefusalReasons] },
  endpoints: [healthEndpoint, siteStatusEndpoint],
  // Neither the admin nor the site uses GraphQL; switched off, it is no second door with its own
  // limits to keep.
  graphQL: { disable: true },
  csrf: csrfOrigins(),
  cors: csrfOrigins(),
  // Uploads stream to temporary files in the data folder, never into memory. The limits come from
  // the upload rules: a file above the largest per-kind limit is refused while it arrives (413,
  // German message), the per-kind limits are checked on upload (checkUploadedFile).
  upload: {
    useTempFiles: true,
    tempFileDir: uploadTempDir(),
    requestSizeLimit: maxUploadRequestBytes,
    limits: { fileSize: maxUploadBytes },
    abortOnLimit: true,
    responseOnLimit: uploadTooLargeMessage,
  },
  jobs: {
    // Scheduled publishing and unpublishing. Only the server started by `npm start` runs the queue.
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
    shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN === '1',
    // The scheduler inside the server runs the queue (with the Local API); nobody runs it over HTTP.
    access: { run: () => false },
  },
  typescript: { outputFile: path.join(cmsDir, 'src', 'payload-types.ts') },
}).then(restrictInternalCollections)
