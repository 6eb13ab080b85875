import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'

const repoRoot = path.resolve(import.meta.dirname, '..')

const nextConfig: NextConfig = {
  // next is hoisted to the monorepo root; Turbopack must look there.
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  transpilePackages: ['@familienrathaus/content-schemas'],
  poweredByHeader: false,
  // The app is type-checked without the tests; `npm test` checks everything.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
