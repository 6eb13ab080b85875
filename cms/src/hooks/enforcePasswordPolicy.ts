import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

export const minPasswordLength = 12

/** At least 12 characters (BSI guidance for passwords without a second factor); Payload allows 3. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, collection, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password === 'string' && password.length < minPasswordLength) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'password',
          message: `Das Passwort muss mindestens ${minPasswordLength} Zeichen lang sein. Ein Satz aus mehreren Wörtern ist leicht zu merken und sicher.`,
        },
      ],
      req,
    })
  }
  return data
}
