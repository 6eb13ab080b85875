import type { CollectionConfig } from 'payload'

import { userRoleOptions, usersSlug } from '@familienrathaus/content-schemas'

import { administration } from '../access/administration.ts'
import { administrationField } from '../access/administrationField.ts'
import { administrationOrSelf } from '../access/administrationOrSelf.ts'
import { editors } from '../access/editors.ts'
import { assignFirstUserRole } from '../hooks/assignFirstUserRole.ts'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from '../hooks/enforcePasswordPolicy.ts'
import { claimLoginAttempt, lockTimeMs, maxLoginAttempts, releaseLoginAttempts } from '../hooks/guardLogin.ts'
import { passwordResetHtml, passwordResetSubject, passwordResetValidityMs } from '../lib/mails.ts'
import { authCookieSecurity } from '../lib/serverUrls.ts'

export const Users: CollectionConfig = {
  slug: usersSlug,
  labels: { singular: 'Benutzerkonto', plural: 'Benutzerkonten' },
  graphQL: { singularName: 'User', pluralName: 'Users' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    description: 'Konten der Redaktion. Rollen vergibt nur die Administration.',
  },
  auth: {
    // Counted by claimLoginAttempt, atomically; Payload's fields and its unlock stay in use.
    maxLoginAttempts,
    lockTime: lockTimeMs,
    tokenExpiration: 8 * 60 * 60,
    cookies: authCookieSecurity(),
    // The token travels in the HttpOnly cookie only; a script on the page cannot read it from a response.
    removeTokenFromResponses: true,
    // In German and in the project's "Sie"; the link opens the admin's own reset form.
    forgotPassword: {
      expiration: passwordResetValidityMs,
      generateEmailSubject: () => passwordResetSubject,
      generateEmailHTML: (args) => passwordResetHtml({ token: args?.token ?? '', name: (args?.user as { name?: string } | undefined)?.name }),
    },
  },
  access: {
    read: administrationOrSelf,
    create: administration,
    update: administrationOrSelf,
    delete: administration,
    // Lifting another account's lockout is an administrator's decision (Payload lets any logged-in user).
    unlock: administration,
    // Only editorial roles may open the admin panel at all.
    admin: editors,
  },
  hooks: {
    beforeOperation: [claimLoginAttempt, enforcePasswordPolicyOnReset],
    afterLogin: [releaseLoginAttempts],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [assignFirstUserRole],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Name', maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      label: 'Rollen',
      hasMany: true,
      required: true,
      defaultValue: ['redaktion'],
      options: [...userRoleOptions],
      access: { create: administrationField, update: administrationField },
      admin: {
        description:
          'Administration: alles, auch Benutzerkonten und Einstellungen. Redaktion: Inhalte anlegen, bearbeiten und zur Freigabe einreichen. Freigabe: prüfen und veröffentlichen.',
      },
    },
  ],
}
