import type { FieldHook } from 'payload'

import { slugify } from '@familienrathaus/content-schemas'

/** Derives the slug from the title when the editor left it empty; normalises one typed by hand. */
export const fillSlug: FieldHook = ({ value, data, originalDoc }) => {
  if (typeof value === 'string' && value.trim() !== '') return slugify(value)
  const title = data?.title ?? originalDoc?.title
  return typeof title === 'string' ? slugify(title) : value
}
