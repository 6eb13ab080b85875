import type { AfterErrorHook } from 'payload'

const unknownError = 'An unknown error occurred.'

/**
 * Every refusal reaches the editor with its German reason. Payload formats an error by its class
 * and name; in the built admin server those no longer match for errors thrown by our hooks (the
 * editor read "An unknown error occurred." while the reason stood only in the server log). An
 * error meant for the editor (public, not a 500) keeps its own message whatever its class.
 */
export const keepRefusalReasons: AfterErrorHook = ({ error, result }) => {
  const { isPublic, status, message, data } = error as {
    isPublic?: boolean
    status?: number
    message?: string
    data?: Record<string, unknown> | null
  }
  const publicError = isPublic === true || (isPublic !== false && typeof status === 'number' && status < 500)
  const lost = !result?.errors?.length || result.errors.every((item) => item.message === unknownError)
  if (!publicError || !message || !lost) return undefined
  return { response: { errors: [{ message, ...(data ? { data } : {}) }] }, status }
}
