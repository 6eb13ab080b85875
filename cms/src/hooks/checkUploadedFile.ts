import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { checkUpload, safeFilename, type IncomingFile } from '../lib/uploadRules.ts'

/**
 * Runs before Payload reads or resizes an upload: refuses SVG, unknown or mislabelled content,
 * oversized files and images above the pixel limit, and gives the file a safe name.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as IncomingFile | undefined
  if (!file?.data) return args
  const problem = checkUpload(file)
  if (problem) throw new APIError(problem, 400, null, true)
  file.name = safeFilename(file.name)
  return args
}
