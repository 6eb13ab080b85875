import type { CollectionConfig } from 'payload'

import {
  angeboteSlug,
  kontakteSlug,
  kontaktKindOptions,
  spokenLanguageOptions,
  textLimits,
  weekdayOptions,
} from '@familienrathaus/content-schemas'

import { slugField } from '../fields/slug.ts'
import {
  validateEmail,
  validateLatitude,
  validateLongitude,
  validatePhone,
  validatePostalCode,
  validateTime,
  validateUrl,
} from '../fields/validators.ts'
import { workflowFields } from '../fields/workflow.ts'
import { validateOpeningHours } from '../lib/openingHours.ts'
import { sitePreview } from '../lib/preview.ts'
import { editorialAccess, editorialHooks, editorialVersions } from './editorial.ts'

export const Kontakte: CollectionConfig = {
  slug: kontakteSlug,
  labels: { singular: 'Kontakt', plural: 'Kontakte' },
  graphQL: { singularName: 'Kontakt', pluralName: 'Kontakte' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'phone', 'reviewState', '_status'],
    description: 'Dienststellen, Beratungsstellen und Träger mit Adresse und Öffnungszeiten. Keine Namen oder Durchwahlen von Einzelpersonen.',
    preview: sitePreview(kontakteSlug),
  },
  defaultSort: 'title',
  access: editorialAccess,
  versions: editorialVersions,
  hooks: editorialHooks,
  fields: [
    { name: 'title', type: 'text', label: 'Name der Stelle', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    ...workflowFields(),
    {
      name: 'kind',
      type: 'select',
      label: 'Art der Stelle',
      required: true,
      options: [...kontaktKindOptions],
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', label: 'Wofür diese Stelle da ist', localized: true, maxLength: textLimits.summary },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Adresse',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'street', type: 'text', label: 'Straße und Hausnummer', required: true, maxLength: 120 },
                { name: 'postalCode', type: 'text', label: 'PLZ', required: true, validate: validatePostalCode },
                { name: 'city', type: 'text', label: 'Ort', required: true, defaultValue: 'Hamm', maxLength: 80 },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'latitude', type: 'number', label: 'Breitengrad', validate: validateLatitude },
                { name: 'longitude', type: 'number', label: 'Längengrad', validate: validateLongitude },
              ],
            },
            {
              name: 'accessibility',
              type: 'group',
              label: 'Barrierefreiheit des Gebäudes',
              fields: [
                { name: 'stepFree', type: 'checkbox', label: 'Stufenloser Zugang' },
                { name: 'accessibleToilet', type: 'checkbox', label: 'Barrierefreie Toilette' },
                { name: 'hearingLoop', type: 'checkbox', label: 'Induktive Höranlage' },
                { name: 'notes', type: 'textarea', label: 'Hinweise', localized: true, maxLength: 600 },
              ],
            },
          ],
        },
        {
          label: 'Erreichbarkeit',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'phone', type: 'text', label: 'Telefon', validate: validatePhone, admin: { description: 'z. B. 02381 17-0' } },
                { name: 'email', type: 'text', label: 'E-Mail', validate: validateEmail },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'website', type: 'text', label: 'Website', validate: validateUrl },
                { name: 'appointmentUrl', type: 'text', label: 'Termin online buchen (Link)', validate: validateUrl },
              ],
            },
            {
              name: 'languages',
              type: 'select',
              label: 'Beratung auch in diesen Sprachen',
              hasMany: true,
              options: [...spokenLanguageOptions],
            },
          ],
        },
        {
          label: 'Öffnungszeiten',
          fields: [
            {
              name: 'openingHours',
              type: 'array',
              label: 'Öffnungszeiten',
              labels: { singular: 'Zeitraum', plural: 'Zeiträume' },
              maxRows: 21,
              validate: validateOpeningHours,
              admin: { description: 'Ein Eintrag je Tag und Zeitraum, z. B. Montag 08:00–12:00. Mittagspause: zwei Einträge.' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'day', type: 'select', label: 'Tag', required: true, options: [...weekdayOptions] },
                    { name: 'opens', type: 'text', label: 'von (HH:MM)', required: true, validate: validateTime },
                    { name: 'closes', type: 'text', label: 'bis (HH:MM)', required: true, validate: validateTime },
                  ],
                },
              ],
            },
            {
              name: 'openingHoursNote',
              type: 'textarea',
              label: 'Hinweise zu den Öffnungszeiten',
              localized: true,
              maxLength: 600,
              admin: { description: 'z. B. „Termine auch außerhalb der Öffnungszeiten nach Vereinbarung“.' },
            },
          ],
        },
      ],
    },
    {
      name: 'angebote',
      type: 'join',
      label: 'Angebote dieser Stelle',
      collection: angeboteSlug,
      // A localized sort field (the title) breaks Payload's draft join query on SQLite.
      defaultSort: 'slug',
      on: 'kontakte',
      admin: { description: 'Wird aus den Angeboten übernommen: dort die Ansprechstelle auswählen.' },
    },
  ],
}
