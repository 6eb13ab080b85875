import type { AstroIntegration } from 'astro'

import { fileURLToPath } from 'node:url'

import { copyMediaInto } from '../loaders/mediaFiles.ts'

/** Puts the CMS's images, videos and captions into the built site under /medien/. */
export function media(): AstroIntegration {
  return {
    name: 'familienrathaus:media',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`${copyMediaInto(fileURLToPath(dir))} media files copied to /medien/`)
      },
    },
  }
}
