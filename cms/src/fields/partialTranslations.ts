import type { CollectionConfig, Field, GlobalConfig, Validate } from 'payload'

import { defaultLocale } from '@familienrathaus/content-schemas'

/**
 * German is complete; other languages are filled field by field and fall back to German.
 * Payload checks `required` per locale, which would force a translator to translate everything
 * at once. So localized text fields are required in German only; length limits apply everywhere.
 */
function requiredInGerman({ maxLength, validate }: { maxLength?: number; validate?: unknown }): Validate {
  const ownValidate = validate as Validate | undefined
  return async (value, options) => {
    const locale = (options.req as { locale?: string } | undefined)?.locale ?? defaultLocale
    const text = typeof value === 'string' ? value : ''
    if ((locale === defaultLocale || locale === 'all') && text.trim() === '') {
      return 'Dieses Feld ist auf Deutsch Pflicht. Bitte ausfüllen.'
    }
    if (maxLength && text.length > maxLength) {
      return `Bitte höchstens ${maxLength} Zeichen verwenden (jetzt ${text.length}).`
    }
    return ownValidate ? ownValidate(value, options) : true
  }
}

function rewrite(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ((field.type === 'text' || field.type === 'textarea') && field.localized && field.required) {
      return {
        ...field,
        required: false,
        validate: requiredInGerman(field),
        admin: {
          ...field.admin,
          description: [field.admin?.description, 'Pflicht auf Deutsch, in anderen Sprachen freiwillig.']
            .filter((text) => typeof text === 'string' && text)
            .join(' '),
        },
      } as Field
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: rewrite(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: rewrite(tab.fields) })) }
    return field
  })
}

export function allowPartialTranslations<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return { ...config, fields: rewrite(config.fields) }
}
