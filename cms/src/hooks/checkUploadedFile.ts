import type { CollectionAfterErrorHook, CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { removeStaleUploadFiles } from '../lib/paths.ts'
import { checkUpload, safeFilename, uploadTooLargeMessage, type IncomingFile } from '../lib/uploadRules.ts'

/**
 * Runs before Payload reads or resizes an upload: refuses SVG, unknown or mislabelled content,
 * oversized files and images above the pixel limit. What the file is decides its stored type and
 * extension, never the name or type the uploader gave: an MP4 sent as "y.html" is stored as
 * "y.mp4" with video/mp4, so no upload is ever served as a page.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as IncomingFile | undefined
  if (!file) return args
  const tempFileDir = req.payload.config.upload?.tempFileDir
  if (tempFileDir) removeStaleUploadFiles(tempFileDir)
  const verdict = await checkUpload(file)
  if (verdict.problem !== undefined) throw new APIError(verdict.problem, 400, null, true)
  file.name = safeFilename(file.name, verdict.extension)
  file.mimetype = verdict.mimeType
  return args
}

/**
 * The request parser refuses a body above its limits with 413 and an English sentence when
 * several files together exceed the request limit (a single file too large gets
 * `uploadTooLargeMessage` already): editors read German.
 */
export const explainRefusedUpload: CollectionAfterErrorHook = ({ error, result }) => {
  if ((error as { status?: number }).status !== 413) return
  return { response: { ...result, errors: [{ message: uploadTooLargeMessage }] }, status: 413 }
}
