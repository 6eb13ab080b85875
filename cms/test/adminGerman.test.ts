/**
 * The admin speaks to editors with „Sie“ throughout, as the project's own texts do (issue 16: Payload's
 * German says „du“), and writes dates as „4. Dezember 2026, 17:13“.
 */
import { describe, expect, it } from 'vitest'

import { deTranslations } from '@payloadcms/translations/languages/de'

import { adminDateFormat, germanSie } from '../src/i18n/germanSie.ts'

type Tree = { [key: string]: string | Tree }
const merged = (base: Tree, over: Tree): Tree =>
  Object.fromEntries(
    Object.entries(base).map(([key, value]) => [
      key,
      typeof value === 'string' ? ((over[key] as string | undefined) ?? value) : merged(value, (over[key] as Tree) ?? {}),
    ]),
  )
const leaves = (tree: Tree, path = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${path}${key}`, value] as [string, string]] : leaves(value, `${path}${key}.`),
  )

/** „du“, „dein …“, „dich“, „dir“ and the imperatives Payload's German uses. */
const duForm =
  /\b(du|dein\w*|dich|dir)\b|\b(gib|wähle|klicke|gehe|überprüfe|versuche|erstelle|setze|passe|ignoriere|kopiere|ändere|speichere|verwerfe|verknüpfe|verifiziere|möchtest|hast|bist|warst|wurdest|erhältst|siehst|kannst|musst|generierst|übernimmst|ziehe|zeichne|lege|schiebe|sieh|tippe|scrolle|füge|benutze|nutze|wähl|gib)\b/i

describe('the admin’s German', () => {
  it('addresses editors with „Sie“ in every Payload text', () => {
    const texts = leaves(merged(deTranslations as unknown as Tree, germanSie as unknown as Tree))
    expect(texts.filter(([, text]) => duForm.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([])
  })

  it('overrides only keys Payload has (a renamed key would silently bring „du“ back)', () => {
    const known = new Set(leaves(deTranslations as unknown as Tree).map(([key]) => key))
    expect(
      leaves(germanSie as unknown as Tree)
        .map(([key]) => key)
        .filter((key) => !known.has(key)),
    ).toEqual([])
  })

  it('writes dates as „4. Dezember 2026, 17:13“', () => {
    expect(adminDateFormat).toBe('d. MMMM yyyy, HH:mm')
  })
})
