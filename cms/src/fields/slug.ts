import type { TextField } from 'payload'

import { maxSlugLength, slugify, slugPattern } from '@familienrathaus/content-schemas'

import { fillSlug } from '../hooks/fillSlug.ts'

/** The URL slug of a document, derived from its title unless an editor sets one. */
export function slugField(): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: 'URL-Kürzel',
    unique: true,
    index: true,
    maxLength: maxSlugLength,
    admin: {
      position: 'sidebar',
      description:
        'Teil der Internetadresse, z. B. „kita-platz“. Bleibt das Feld leer, wird es aus dem Titel gebildet (ä → ae, ß → ss). Nach der Veröffentlichung besser nicht mehr ändern, sonst funktionieren alte Links nicht mehr.',
    },
    hooks: { beforeValidate: [fillSlug] },
    validate: (value: unknown) => {
      if (typeof value !== 'string' || value === '') return 'Bitte einen Titel oder ein URL-Kürzel eingeben.'
      if (!slugPattern.test(value))
        return `Das URL-Kürzel darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten, z. B. „${slugify(value) || 'kita-platz'}“.`
      return true
    },
  }
}
