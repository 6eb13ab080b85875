import { cmsPublicUrl } from './serverUrls.ts'

/** How long a password link works. */
export const passwordResetValidityMs = 60 * 60 * 1000

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
/** The admin's address as editors reach it (PUBLIC_CMS_URL, set by npm start). */
const adminUrl = () => cmsPublicUrl() ?? 'http://localhost:3000'

const letter = (paragraphs: string[], link: { href: string; text: string }) =>
  `<!doctype html><html lang="de"><body>${paragraphs.map((text) => `<p>${text}</p>`).join('')}<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p><p>Digitales Familienrathaus der Stadt Hamm</p></body></html>`

export const passwordResetSubject = 'Neues Passwort für das Familienrathaus'

export function passwordResetHtml({ token, name }: { token: string; name?: string | null }): string {
  return letter(
    [
      `Guten Tag${name ? ` ${escapeHtml(name)}` : ''},`,
      'für Ihr Konto in der Redaktion des Familienrathauses wurde ein neues Passwort angefordert. Über den folgenden Link legen Sie es fest. Der Link gilt eine Stunde und nur einmal.',
      'Wenn Sie kein neues Passwort angefordert haben, ignorieren Sie diese Nachricht; Ihr bisheriges Passwort bleibt gültig.',
    ],
    { href: `${adminUrl()}/admin/reset/${encodeURIComponent(token)}`, text: 'Neues Passwort festlegen' },
  )
}

export function reviewRequestMail({
  collectionLabel,
  collection,
  id,
  title,
  author,
}: {
  collectionLabel: string
  collection: string
  id: number | string
  title: string
  author?: string | null
}) {
  return {
    subject: `Zur Freigabe: ${title}`,
    html: letter(
      [
        'Guten Tag,',
        `${author ? escapeHtml(author) : 'Jemand aus der Redaktion'} hat „${escapeHtml(title)}“ (${escapeHtml(collectionLabel)}) zur Freigabe eingereicht. Bitte prüfen Sie den Entwurf und veröffentlichen Sie ihn, wenn er stimmt.`,
      ],
      { href: `${adminUrl()}/admin/collections/${collection}/${id}`, text: `„${title}“ im Admin öffnen` },
    ),
  }
}
