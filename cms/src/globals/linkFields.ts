import type { Field } from 'payload'

/** A link of the navigation or footer: a site path like /angebote/ or a full https address. */
export function linkFields(): Field[] {
  return [
    { name: 'label', type: 'text', label: 'Beschriftung', required: true, localized: true, maxLength: 60 },
    {
      name: 'href',
      type: 'text',
      label: 'Ziel',
      required: true,
      maxLength: 300,
      admin: { description: 'Eine Seite der Website, z. B. /angebote/, oder eine vollständige Adresse mit https://' },
      validate: (value: unknown) => {
        if (typeof value !== 'string') return 'Bitte ein Ziel angeben.'
        if (/^\/(?!\/)[\w\-./%]*$/.test(value)) return true
        try {
          if (new URL(value).protocol === 'https:') return true
        } catch {
          // fall through
        }
        return 'Bitte eine Seite der Website (beginnt mit /) oder eine Adresse mit https:// angeben.'
      },
    },
  ]
}
