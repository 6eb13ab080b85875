import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

export const minPasswordLength = 12

function checkPassword(password: unknown, collection: string, req: PayloadRequest) {
  if (typeof password === 'string' && password.length < minPasswordLength) {
    throw new ValidationError({
      collection,
      errors: [
        {
          path: 'password',
          message: `Das Passwort muss mindestens ${minPasswordLength} Zeichen lang sein. Ein Satz aus mehreren Wörtern ist leicht zu merken und sicher.`,
        },
      ],
      req,
    })
  }
}

/** At least 12 characters (BSI guidance for passwords without a second factor); Payload allows 3. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, collection, req }) => {
  checkPassword((data as { password?: unknown } | undefined)?.password, collection.slug, req)
  return data
}

/** Resetting a password with the mailed token sets it without validation hooks: the same policy applies there. */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  if (operation === 'resetPassword') checkPassword((args as { data?: { password?: unknown } }).data?.password, collection.slug, req)
  return args
}
