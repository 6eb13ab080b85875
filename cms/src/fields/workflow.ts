import type { Field } from 'payload'

import { reviewStateOptions, usersSlug } from '@familienrathaus/content-schemas'

import { editorsField } from '../access/editorsField.ts'
import { nobody } from '../access/nobody.ts'

/** Sidebar fields of the editorial workflow: review state and who changed the content last. */
export function workflowFields(): Field[] {
  return [
    {
      name: 'reviewState',
      type: 'select',
      label: 'Prüfstatus',
      defaultValue: 'in-bearbeitung',
      options: [...reviewStateOptions],
      index: true,
      access: { read: editorsField },
      admin: {
        position: 'sidebar',
        description:
          'Fertig? Wählen Sie „Zur Freigabe eingereicht“ und speichern Sie den Entwurf. Eine andere Person mit der Rolle „Freigabe“ prüft und veröffentlicht.',
      },
    },
    {
      name: 'lastModifiedBy',
      type: 'relationship',
      label: 'Inhalt zuletzt geändert von',
      relationTo: usersSlug,
      admin: { position: 'sidebar', readOnly: true },
      // Only the workflow hook writes it; nobody can claim somebody else made a change.
      access: { read: editorsField, create: nobody, update: nobody },
    },
  ]
}
