import type { CollectionConfig } from 'payload'

import { userRoleOptions, usersSlug } from '@familienrathaus/content-schemas'

import { authenticated } from '../access/authenticated.ts'

export const Users: CollectionConfig = {
  slug: usersSlug,
  labels: { singular: 'Benutzerkonto', plural: 'Benutzerkonten' },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    read: authenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
    admin: authenticated,
  },
  fields: [
    { name: 'name', type: 'text', label: 'Name' },
    {
      name: 'roles',
      type: 'select',
      label: 'Rollen',
      hasMany: true,
      required: true,
      defaultValue: ['administration'],
      options: [...userRoleOptions],
      admin: {
        description:
          'Administration: alles, auch Benutzerkonten. Redaktion: Inhalte anlegen und bearbeiten. Freigabe: prüfen und veröffentlichen.',
      },
    },
  ],
}
