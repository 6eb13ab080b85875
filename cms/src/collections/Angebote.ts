import type { CollectionConfig } from 'payload'

import {
  angebotKindOptions,
  angeboteSlug,
  erklaervideosSlug,
  handlungsfelderSlug,
  kontakteSlug,
} from '@familienrathaus/content-schemas'

import { authenticated } from '../access/authenticated.ts'
import { authenticatedOrPublished } from '../access/authenticatedOrPublished.ts'
import { slugField } from '../fields/slug.ts'
import { validateUrl } from '../fields/validators.ts'
import { triggerSiteRebuild, triggerSiteRebuildOnDelete } from '../hooks/triggerSiteRebuild.ts'

export const Angebote: CollectionConfig = {
  slug: angeboteSlug,
  labels: { singular: 'Angebot', plural: 'Angebote' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', '_status', 'updatedAt'],
    description: 'Angebote und Leistungen für Familien: was es gibt, für wen, und wie man es bekommt.',
  },
  defaultSort: 'title',
  access: {
    read: authenticatedOrPublished,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [triggerSiteRebuild], afterDelete: [triggerSiteRebuildOnDelete] },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true, maxLength: 160 },
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      label: 'Kurzbeschreibung',
      required: true,
      localized: true,
      maxLength: 400,
      admin: { description: 'Zwei bis drei Sätze in einfacher Sprache: Was ist das, und wem hilft es?' },
    },
    {
      name: 'kind',
      type: 'select',
      label: 'Art des Angebots',
      required: true,
      options: [...angebotKindOptions],
      admin: { position: 'sidebar' },
    },
    {
      name: 'handlungsfelder',
      type: 'relationship',
      label: 'Handlungsfelder',
      relationTo: handlungsfelderSlug,
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    { name: 'body', type: 'richText', label: 'Ausführliche Beschreibung', localized: true },
    {
      name: 'provider',
      type: 'text',
      label: 'Träger / Anbieter',
      localized: true,
      admin: { description: 'Wer das Angebot macht, z. B. „Stadt Hamm, Jugendamt“ oder „Familienkasse“.' },
    },
    {
      name: 'costs',
      type: 'textarea',
      label: 'Kosten oder Höhe der Leistung',
      localized: true,
      admin: { description: 'z. B. „kostenlos“ oder „255 Euro im Monat je Kind (Stand 2025)“.' },
    },
    {
      type: 'collapsible',
      label: 'So beantragen Sie es',
      fields: [
        {
          name: 'applyUrl',
          type: 'text',
          label: 'Online-Antrag (Link)',
          validate: validateUrl,
          admin: { description: 'Vollständige Adresse mit https://' },
        },
        { name: 'applySteps', type: 'textarea', label: 'Schritte und Unterlagen', localized: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'legalBasis', type: 'text', label: 'Rechtsgrundlage', admin: { description: 'z. B. „§ 62 EStG“' } },
        { name: 'legalBasisUrl', type: 'text', label: 'Link zur Rechtsgrundlage', validate: validateUrl },
      ],
    },
    { name: 'kontakte', type: 'relationship', label: 'Ansprechstellen', relationTo: kontakteSlug, hasMany: true },
    {
      name: 'erklaervideos',
      type: 'relationship',
      label: 'Erklärvideos',
      relationTo: erklaervideosSlug,
      hasMany: true,
    },
    {
      name: 'synonyms',
      type: 'text',
      label: 'Suchbegriffe',
      localized: true,
      admin: {
        description: 'Andere Wörter, mit denen Familien suchen, durch Kommas getrennt, z. B. „Kita, Kindergarten“.',
      },
    },
  ],
}
