import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, Field, PayloadRequest } from 'payload'

import { refuseFields } from '../lib/refusals.ts'

export const minPasswordLength = 12

function checkPassword(password: unknown, collection: { slug: string; fields: Field[] }, req: PayloadRequest) {
  if (typeof password === 'string' && password.length < minPasswordLength) {
    refuseFields({
      collection: collection.slug,
      fields: collection.fields,
      problems: [
        {
          path: 'password',
          label: 'Passwort',
          message: `Das Passwort muss mindestens ${minPasswordLength} Zeichen lang sein. Ein Satz aus mehreren Wörtern ist leicht zu merken und sicher.`,
        },
      ],
      req,
    })
  }
}

/** At least 12 characters (BSI guidance for passwords without a second factor); Payload allows 3. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, collection, req }) => {
  checkPassword((data as { password?: unknown } | undefined)?.password, collection, req)
  return data
}

/** Resetting a password with the mailed token sets it without validation hooks: the same policy applies there. */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  if (operation === 'resetPassword') checkPassword((args as { data?: { password?: unknown } }).data?.password, collection, req)
  return args
}
