import type { Metadata } from 'next'

import { generatePageMetadata, NotFoundPage } from '@payloadcms/next/views'

import config from '../../../../payload.config.ts'
import { importMap } from '../importMap.js'

type NotFoundProps = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<Record<string, string | string[]>>
}

export const generateMetadata = ({ params, searchParams }: NotFoundProps): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

export default function AdminNotFound({ params, searchParams }: NotFoundProps) {
  return NotFoundPage({ config, importMap, params, searchParams })
}
